/// Classify a text.
#[monty::function(name = "class")]
fn classify(text: String) -> String {
    text
}

fn main() {}
