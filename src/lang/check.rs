//! What makes a message file right, beside English: the same message IDs and attributes,
//! the same placeables in each, no syntax errors, and the glossary's terms where the
//! English uses them. The unit tests run it on the sixteen files; it takes only the
//! files' text, so a translator can run it alone too.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message's texts, keyed by `""` (the value) or the attribute's name: the variables
/// each uses and its words (for the glossary).
type Texts = BTreeMap<String, (BTreeSet<String>, String)>;

/// Every message of a file (ID → texts), or the file's syntax errors.
pub fn messages(ftl: &str) -> Result<BTreeMap<String, Texts>, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((_, errors)) => return Err(errors.iter().map(|e| format!("syntax: {e:?}")).collect()),
    };
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut texts = Texts::new();
                if let Some(value) = &m.value {
                    texts.insert(String::new(), walk(value));
                }
                for a in &m.attributes {
                    texts.insert(a.id.name.to_string(), walk(&a.value));
                }
                if out.insert(m.id.name.to_string(), texts).is_some() {
                    problems.push(format!("{} is defined twice", m.id.name));
                }
            }
            Entry::Junk { content } => problems.push(format!("cannot parse: {content}")),
            _ => {}
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// The variables a pattern uses, and its text (variants included).
fn walk(pattern: &Pattern<&str>) -> (BTreeSet<String>, String) {
    fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
        match e {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            InlineExpression::StringLiteral { value } => text.push_str(value),
            InlineExpression::Placeable { expression } => expression_of(expression, vars, text),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, vars, text);
                }
            }
            _ => {}
        }
    }
    fn expression_of(e: &Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
        match e {
            Expression::Inline(i) => inline(i, vars, text),
            Expression::Select { selector, variants } => {
                inline(selector, vars, text);
                for v in variants {
                    let (more, words) = walk(&v.value);
                    vars.extend(more);
                    text.push(' ');
                    text.push_str(&words);
                }
            }
        }
    }
    let (mut vars, mut text) = (BTreeSet::new(), String::new());
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => expression_of(expression, &mut vars, &mut text),
        }
    }
    (vars, text)
}

/// What is wrong with `ftl` (language `tag`) against English: missing or extra IDs and
/// attributes, different placeables, and glossary terms not used. Empty when right.
pub fn problems(tag: &str, english: &str, ftl: &str, glossary: Option<&str>) -> Vec<String> {
    let en = match messages(english) {
        Ok(m) => m,
        Err(p) => return p.into_iter().map(|p| format!("en.ftl: {p}")).collect(),
    };
    let own = match messages(ftl) {
        Ok(m) => m,
        Err(p) => return p.into_iter().map(|p| format!("{tag}.ftl: {p}")).collect(),
    };
    let terms = match glossary.map(terms) {
        Some(Ok(t)) => t,
        Some(Err(e)) => return vec![format!("glossary/{tag}.toml: {e}")],
        None => Vec::new(),
    };
    let mut out = Vec::new();
    for (id, texts) in &en {
        let Some(theirs) = own.get(id) else {
            out.push(format!("{tag}.ftl lacks {id}"));
            continue;
        };
        for (attribute, (vars, words)) in texts {
            let name = if attribute.is_empty() { id.clone() } else { format!("{id}.{attribute}") };
            let Some((their_vars, their_words)) = theirs.get(attribute) else {
                out.push(format!("{tag}.ftl lacks {name}"));
                continue;
            };
            if vars != their_vars {
                out.push(format!("{tag}.ftl {name} uses {their_vars:?}, English {vars:?}"));
            }
            for (term, forms) in &terms {
                if has_word(words, term)
                    && !forms.iter().any(|f| their_words.to_lowercase().contains(&f.to_lowercase()))
                {
                    out.push(format!(
                        "{tag}.ftl {name}: the English says \"{term}\", the glossary wants one of {forms:?}"
                    ));
                }
            }
        }
        for attribute in theirs.keys().filter(|a| !texts.contains_key(*a)) {
            out.push(format!("{tag}.ftl has {id}.{attribute}, which English does not"));
        }
    }
    for id in own.keys().filter(|id| !en.contains_key(*id)) {
        out.push(format!("{tag}.ftl has {id}, which English does not"));
    }
    out
}

/// A glossary file: `"english term" = ["form", "other form"]` under `[terms]`.
fn terms(text: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    let doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    let table = doc.get("terms").and_then(|t| t.as_table()).ok_or("no [terms] table")?;
    let mut out = Vec::new();
    for (term, forms) in table.iter() {
        let forms: Vec<String> = forms
            .as_array()
            .ok_or(format!("{term}: not a list of forms"))?
            .iter()
            .filter_map(|f| f.as_str().map(str::to_string))
            .collect();
        if forms.is_empty() {
            return Err(format!("{term}: no forms"));
        }
        out.push((term.to_string(), forms));
    }
    Ok(out)
}

/// `term` in `text` at the start of a word, any case (`tunnels` has `tunnel`).
fn has_word(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    let mut from = 0;
    while let Some(at) = text[from..].find(term) {
        let start = from + at;
        // `azure_monitor_agent` is a value, not the word "agent".
        if !text[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return true;
        }
        from = start + term.len();
    }
    false
}
