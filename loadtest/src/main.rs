//! omsgate-loadtest: being built (issue 4).
fn main() {}
