/// Fetch a page.
#[monty::function]
async fn fetch(url: String) -> String {
    url
}

fn main() {}
