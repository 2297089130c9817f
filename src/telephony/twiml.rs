//! TwiML, the XML a carrier asks for when a call is answered: a small typed
//! builder for the verbs our scripts use, rendered with proper escaping.

use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Verb {
    Say {
        text: String,
        language: Option<String>,
        voice: Option<String>,
    },
    Play {
        url: String,
    },
    Pause {
        seconds: u32,
    },
    Gather(Gather),
    Record {
        action: String,
        max_length_secs: u32,
        timeout_secs: u32,
        play_beep: bool,
    },
    Dial(Dial),
    Redirect {
        url: String,
    },
    Hangup,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gather {
    /// `speech`, `dtmf` or `dtmf speech`.
    pub input: String,
    pub action: String,
    /// Seconds to wait for the caller to start.
    pub timeout_secs: u32,
    /// `auto` or seconds of silence that end speech.
    pub speech_timeout: String,
    pub language: Option<String>,
    /// Post to `action` even when nothing was heard, so the script always moves on.
    pub action_on_empty_result: bool,
    /// What is said while listening.
    pub prompt: Vec<Verb>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dial {
    pub number: String,
    pub caller_id: Option<String>,
    pub action: Option<String>,
    pub timeout_secs: u32,
    /// `record-from-answer-dual` records the bridged call in two channels.
    pub record: Option<String>,
    pub recording_status_callback: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Twiml {
    pub verbs: Vec<Verb>,
}

impl Twiml {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn verb(mut self, verb: Verb) -> Self {
        self.verbs.push(verb);
        self
    }

    pub fn say(self, text: impl Into<String>, language: Option<&str>) -> Self {
        self.verb(Verb::Say {
            text: text.into(),
            language: language.map(str::to_string),
            voice: None,
        })
    }

    pub fn hangup(self) -> Self {
        self.verb(Verb::Hangup)
    }

    pub fn render(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");
        for verb in &self.verbs {
            render_verb(&mut out, verb);
        }
        out.push_str("</Response>");
        out
    }
}

fn render_verb(out: &mut String, verb: &Verb) {
    match verb {
        Verb::Say {
            text,
            language,
            voice,
        } => {
            out.push_str("<Say");
            attr_opt(out, "language", language.as_deref());
            attr_opt(out, "voice", voice.as_deref());
            out.push('>');
            escape_into(out, text);
            out.push_str("</Say>");
        }
        Verb::Play { url } => {
            out.push_str("<Play>");
            escape_into(out, url);
            out.push_str("</Play>");
        }
        Verb::Pause { seconds } => {
            let _ = write!(out, "<Pause length=\"{seconds}\"/>");
        }
        Verb::Gather(g) => {
            out.push_str("<Gather");
            attr(out, "input", &g.input);
            attr(out, "action", &g.action);
            attr(out, "method", "POST");
            attr(out, "timeout", &g.timeout_secs.to_string());
            attr(out, "speechTimeout", &g.speech_timeout);
            attr_opt(out, "language", g.language.as_deref());
            if g.action_on_empty_result {
                attr(out, "actionOnEmptyResult", "true");
            }
            out.push('>');
            for inner in &g.prompt {
                render_verb(out, inner);
            }
            out.push_str("</Gather>");
        }
        Verb::Record {
            action,
            max_length_secs,
            timeout_secs,
            play_beep,
        } => {
            out.push_str("<Record");
            attr(out, "action", action);
            attr(out, "method", "POST");
            attr(out, "maxLength", &max_length_secs.to_string());
            attr(out, "timeout", &timeout_secs.to_string());
            attr(out, "playBeep", if *play_beep { "true" } else { "false" });
            out.push_str("/>");
        }
        Verb::Dial(d) => {
            out.push_str("<Dial");
            attr_opt(out, "callerId", d.caller_id.as_deref());
            attr_opt(out, "action", d.action.as_deref());
            if d.action.is_some() {
                attr(out, "method", "POST");
            }
            attr(out, "timeout", &d.timeout_secs.to_string());
            attr_opt(out, "record", d.record.as_deref());
            attr_opt(
                out,
                "recordingStatusCallback",
                d.recording_status_callback.as_deref(),
            );
            out.push_str("><Number>");
            escape_into(out, &d.number);
            out.push_str("</Number></Dial>");
        }
        Verb::Redirect { url } => {
            out.push_str("<Redirect method=\"POST\">");
            escape_into(out, url);
            out.push_str("</Redirect>");
        }
        Verb::Hangup => out.push_str("<Hangup/>"),
    }
}

fn attr(out: &mut String, name: &str, value: &str) {
    let _ = write!(out, " {name}=\"");
    escape_into(out, value);
    out.push('"');
}

fn attr_opt(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(value) = value {
        attr(out, name, value);
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_gather_with_nested_say_and_escapes_text() {
        let twiml = Twiml::new()
            .verb(Verb::Gather(Gather {
                input: "speech".into(),
                action: "https://x.example/webhooks/twilio/gather?call=1&stage=greeting".into(),
                timeout_secs: 5,
                speech_timeout: "auto".into(),
                language: Some("ko-KR".into()),
                action_on_empty_result: true,
                prompt: vec![Verb::Say {
                    text: "여보세요? <Tom & \"Jerry\">".into(),
                    language: Some("ko-KR".into()),
                    voice: None,
                }],
            }))
            .hangup();
        let xml = twiml.render();
        assert!(xml.contains(
            "action=\"https://x.example/webhooks/twilio/gather?call=1&amp;stage=greeting\""
        ));
        assert!(xml.contains("여보세요? &lt;Tom &amp; &quot;Jerry&quot;&gt;"));
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let gather = doc
            .descendants()
            .find(|n| n.has_tag_name("Gather"))
            .unwrap();
        assert_eq!(gather.attribute("actionOnEmptyResult"), Some("true"));
        let say = gather.children().find(|n| n.has_tag_name("Say")).unwrap();
        assert_eq!(say.text(), Some("여보세요? <Tom & \"Jerry\">"));
    }
}

/// Why a TwiML document could not be used.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TwimlError {
    #[error("TwiML is not well-formed XML: {0}")]
    Xml(String),
    #[error("TwiML root element must be <Response>, found <{0}>")]
    Root(String),
    #[error("<{verb}> attribute {attribute}: {problem}")]
    Attribute {
        verb: String,
        attribute: String,
        problem: String,
    },
}

impl Twiml {
    /// Reads a TwiML document. Empty action URLs mean "the document's own URL",
    /// as in Twilio. Unknown verbs are skipped, as Twilio skips them.
    pub fn parse(xml: &str) -> Result<Twiml, TwimlError> {
        let doc = roxmltree::Document::parse(xml).map_err(|e| TwimlError::Xml(e.to_string()))?;
        let root = doc.root_element();
        if !root.has_tag_name("Response") {
            return Err(TwimlError::Root(root.tag_name().name().to_string()));
        }
        let mut verbs = Vec::new();
        for node in root.children().filter(|n| n.is_element()) {
            if let Some(verb) = parse_verb(node)? {
                verbs.push(verb);
            }
        }
        Ok(Twiml { verbs })
    }
}

fn text_of(node: roxmltree::Node) -> String {
    node.children()
        .filter_map(|c| c.text())
        .collect::<String>()
        .trim()
        .to_string()
}

fn number_attr(node: roxmltree::Node, name: &str, default: u32) -> Result<u32, TwimlError> {
    match node.attribute(name) {
        None => Ok(default),
        Some(v) => v.trim().parse().map_err(|_| TwimlError::Attribute {
            verb: node.tag_name().name().to_string(),
            attribute: name.to_string(),
            problem: format!("{v:?} is not a whole number"),
        }),
    }
}

fn parse_verb(node: roxmltree::Node) -> Result<Option<Verb>, TwimlError> {
    let attr = |name: &str| node.attribute(name).map(str::to_string);
    Ok(Some(match node.tag_name().name() {
        "Say" => Verb::Say {
            text: text_of(node),
            language: attr("language"),
            voice: attr("voice"),
        },
        "Play" => Verb::Play { url: text_of(node) },
        "Pause" => Verb::Pause {
            seconds: number_attr(node, "length", 1)?,
        },
        "Gather" => {
            let mut prompt = Vec::new();
            for child in node.children().filter(|n| n.is_element()) {
                if let Some(v @ (Verb::Say { .. } | Verb::Play { .. } | Verb::Pause { .. })) =
                    parse_verb(child)?
                {
                    prompt.push(v);
                }
            }
            Verb::Gather(Gather {
                input: attr("input").unwrap_or_else(|| "dtmf".into()),
                action: attr("action").unwrap_or_default(),
                timeout_secs: number_attr(node, "timeout", 5)?,
                speech_timeout: attr("speechTimeout").unwrap_or_else(|| "auto".into()),
                language: attr("language"),
                action_on_empty_result: attr("actionOnEmptyResult").as_deref() == Some("true"),
                prompt,
            })
        }
        "Record" => Verb::Record {
            action: attr("action").unwrap_or_default(),
            max_length_secs: number_attr(node, "maxLength", 3600)?,
            timeout_secs: number_attr(node, "timeout", 5)?,
            play_beep: attr("playBeep").as_deref() != Some("false"),
        },
        "Dial" => {
            let number = node
                .children()
                .find(|c| c.has_tag_name("Number"))
                .map(text_of)
                .unwrap_or_else(|| text_of(node));
            Verb::Dial(Dial {
                number,
                caller_id: attr("callerId"),
                action: attr("action"),
                timeout_secs: number_attr(node, "timeout", 30)?,
                record: attr("record"),
                recording_status_callback: attr("recordingStatusCallback"),
            })
        }
        "Redirect" => Verb::Redirect { url: text_of(node) },
        "Hangup" | "Reject" => Verb::Hangup,
        other => {
            tracing::debug!(verb = other, "skipping an unsupported TwiML verb");
            return Ok(None);
        }
    }))
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn rendered_twiml_parses_back_to_the_same_verbs() {
        let original = Twiml::new()
            .say("Hello & welcome", Some("ru-RU"))
            .verb(Verb::Pause { seconds: 2 })
            .verb(Verb::Gather(Gather {
                input: "speech".into(),
                action: "https://svc/g?a=1&b=2".into(),
                timeout_secs: 7,
                speech_timeout: "auto".into(),
                language: Some("ru-RU".into()),
                action_on_empty_result: true,
                prompt: vec![Verb::Say {
                    text: "Говорите".into(),
                    language: None,
                    voice: None,
                }],
            }))
            .verb(Verb::Dial(Dial {
                number: "+84912345678".into(),
                caller_id: Some("+84281234567".into()),
                action: Some("https://svc/dial".into()),
                timeout_secs: 20,
                record: Some("record-from-answer-dual".into()),
                recording_status_callback: Some("https://svc/rec".into()),
            }))
            .hangup();
        assert_eq!(Twiml::parse(&original.render()).unwrap(), original);
    }

    #[test]
    fn bad_documents_say_what_is_wrong() {
        assert!(matches!(
            Twiml::parse("<Response><Say>"),
            Err(TwimlError::Xml(_))
        ));
        assert_eq!(
            Twiml::parse("<Html/>"),
            Err(TwimlError::Root("Html".into()))
        );
        let err = Twiml::parse("<Response><Pause length=\"two\"/></Response>").unwrap_err();
        assert!(err.to_string().contains("length"), "{err}");
    }
}
