//! A call flow: the ordered stages of a scripted call and what the caller does
//! in each. It is rendered to TwiML a piece at a time: each document runs up
//! to the next time the caller listens, and the `<Gather>` action of that
//! listen asks for the rest, which is how the service sees where each stage
//! begins.

use serde::{Deserialize, Serialize};

use super::twiml::{Gather, Twiml, Verb};

/// The id of the built-in flow that checks a line works.
pub const LINE_CHECK: &str = "line-check";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallFlow {
    pub id: String,
    /// BCP 47 tag for `<Say>` and speech recognition, e.g. `ko-KR`.
    pub language: String,
    pub stages: Vec<FlowStage>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FlowStage {
    pub key: String,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The caller says this.
    Say { text: String },
    /// The caller stays silent.
    Pause { seconds: u32 },
    /// The caller listens for the other side's answer (speech).
    Listen { timeout_secs: u32 },
    /// The caller hangs up.
    Hangup,
}

/// Where rendering resumes: stage index and step index within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub stage: usize,
    pub step: usize,
}

/// One rendered TwiML document and what it means for stage tracking.
#[derive(Clone, Debug)]
pub struct Rendered {
    pub twiml: Twiml,
    /// Stages whose first step is in this document, in order.
    pub stages_started: Vec<String>,
}

impl CallFlow {
    /// The built-in flow `civicall call` uses to check that a line works.
    pub fn line_check() -> CallFlow {
        CallFlow {
            id: LINE_CHECK.into(),
            language: "en-US".into(),
            stages: vec![
                FlowStage {
                    key: "greeting".into(),
                    steps: vec![Step::Listen { timeout_secs: 6 }],
                },
                FlowStage {
                    key: "response".into(),
                    steps: vec![
                        Step::Say {
                            text: "Hello, this is a line check. Could you tell me which office I have reached?".into(),
                        },
                        Step::Listen { timeout_secs: 6 },
                    ],
                },
                FlowStage {
                    key: "closing".into(),
                    steps: vec![
                        Step::Say { text: "Thank you, goodbye.".into() },
                        Step::Pause { seconds: 1 },
                        Step::Hangup,
                    ],
                },
            ],
        }
    }

    pub fn stage_index(&self, key: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.key == key)
    }

    /// Renders from `from` up to and including the next `Listen`, whose
    /// action (built by `action_url` from the cursor after it) continues the flow.
    pub fn render(&self, from: Cursor, action_url: impl Fn(Cursor) -> String) -> Rendered {
        let mut twiml = Twiml::new();
        let mut stages_started = Vec::new();
        let mut cursor = from;
        while cursor.stage < self.stages.len() {
            let stage = &self.stages[cursor.stage];
            if cursor.step == 0 {
                stages_started.push(stage.key.clone());
            }
            let Some(step) = stage.steps.get(cursor.step) else {
                cursor = Cursor {
                    stage: cursor.stage + 1,
                    step: 0,
                };
                continue;
            };
            let next = Cursor {
                stage: cursor.stage,
                step: cursor.step + 1,
            };
            match step {
                Step::Say { text } => {
                    twiml = twiml.say(text.clone(), Some(&self.language));
                }
                Step::Pause { seconds } => {
                    twiml = twiml.verb(Verb::Pause { seconds: *seconds });
                }
                Step::Listen { timeout_secs } => {
                    twiml = twiml.verb(Verb::Gather(Gather {
                        input: "speech".into(),
                        action: action_url(next),
                        timeout_secs: *timeout_secs,
                        speech_timeout: "auto".into(),
                        language: Some(self.language.clone()),
                        action_on_empty_result: true,
                        prompt: Vec::new(),
                    }));
                    return Rendered {
                        twiml,
                        stages_started,
                    };
                }
                Step::Hangup => {
                    return Rendered {
                        twiml: twiml.hangup(),
                        stages_started,
                    };
                }
            }
            cursor = next;
        }
        Rendered {
            twiml: twiml.hangup(),
            stages_started,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(c: Cursor) -> String {
        format!("https://svc/gather?stage={}&step={}", c.stage, c.step)
    }

    #[test]
    fn each_document_runs_to_the_next_listen() {
        let flow = CallFlow::line_check();
        let first = flow.render(Cursor { stage: 0, step: 0 }, url);
        assert_eq!(first.stages_started, vec!["greeting"]);
        let xml = first.twiml.render();
        assert!(xml.contains("stage=0&amp;step=1"), "{xml}");
        assert!(
            !xml.contains("<Say"),
            "the caller lets the line speak first: {xml}"
        );

        let second = flow.render(Cursor { stage: 0, step: 1 }, url);
        assert_eq!(second.stages_started, vec!["response"]);
        assert!(second.twiml.render().contains("line check"));

        let third = flow.render(Cursor { stage: 1, step: 2 }, url);
        assert_eq!(third.stages_started, vec!["closing"]);
        assert!(third.twiml.render().ends_with("<Hangup/></Response>"));
    }
}
