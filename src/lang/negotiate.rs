//! From what a person or the environment asked for (`de_DE.UTF-8`, `pt-BR`, `zh_HK`,
//! `C`) to the closest of the sixteen languages, English otherwise.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::{LANGUAGES, Language, english};

/// The closest language to `asked`, a POSIX locale (`de_DE.UTF-8@euro`) or a BCP 47
/// tag (`de-AT`): fluent-langneg's lookup, with Chinese decided here, because its
/// likely-subtags table sends `zh-HK` to Simplified: Traditional for the Hant script
/// and for Taiwan, Hong Kong and Macao, Simplified otherwise.
pub fn negotiate(asked: &str) -> &'static Language {
    // `de_DE.UTF-8@euro` → `de-DE`; `C` and `POSIX` are the untranslated locale.
    let tag = asked.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
    let Ok(wanted) = tag.parse::<LanguageIdentifier>() else { return english() };
    if wanted.language.as_str() == "zh" {
        let traditional = wanted.script.is_some_and(|s| s.as_str() == "Hant")
            || wanted.region.is_some_and(|r| ["TW", "HK", "MO"].contains(&r.as_str()));
        return by_tag(if traditional { "zh-Hant" } else { "zh-Hans" });
    }
    let available: Vec<LanguageIdentifier> = LANGUAGES.iter().filter_map(|l| l.tag.parse().ok()).collect();
    let fallback: LanguageIdentifier = english().tag.parse().unwrap_or_default();
    let chosen = negotiate_languages(&[wanted], &available, Some(&fallback), NegotiationStrategy::Lookup);
    chosen.first().map_or_else(english, |id| by_tag(&id.to_string()))
}

fn by_tag(tag: &str) -> &'static Language {
    LANGUAGES.iter().find(|l| l.tag == tag).unwrap_or_else(english)
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    #[test]
    fn locales_reach_the_closest_of_the_sixteen() {
        for (asked, tag) in [
            ("de_DE.UTF-8", "de"),
            ("de_AT.UTF-8@euro", "de"),
            ("fr-CA", "fr"),
            ("pt_BR.UTF-8", "pt-BR"),
            ("pt_PT.UTF-8", "pt-PT"),
            ("pt", "pt-BR"),
            ("zh_CN.UTF-8", "zh-Hans"),
            ("zh_SG", "zh-Hans"),
            ("zh", "zh-Hans"),
            ("zh_TW.UTF-8", "zh-Hant"),
            ("zh_HK.UTF-8", "zh-Hant"),
            ("zh-Hant", "zh-Hant"),
            ("ja_JP.UTF-8", "ja"),
            ("ko_KR.eucKR", "ko"),
            ("cs_CZ", "cs"),
            ("hu_HU", "hu"),
            ("nl_BE", "nl"),
            ("ru_UA", "ru"),
            ("C", "en"),
            ("POSIX", "en"),
            ("C.UTF-8", "en"),
            ("sv_SE.UTF-8", "en"),
            ("not a locale", "en"),
            ("", "en"),
        ] {
            assert_eq!(negotiate(asked).tag, tag, "{asked}");
        }
    }
}
