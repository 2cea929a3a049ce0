//! `#[monty::function]`: parse the attribute and the function into a model,
//! check it, render the generated items.

mod model;
mod parse;
mod render;

use proc_macro2::TokenStream;

pub(crate) fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let options = parse::options(attr)?;
    let mut func = match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Fn(func)) => func,
        Ok(other) => return Err(not_a_function(&other)),
        // A method inside an `impl` is not an `Item`, but it parses as a function.
        Err(_) => syn::parse2::<syn::ItemFn>(item)?,
    };
    let model = parse::model(options, &mut func)?;
    Ok(render::render(&model, &func))
}

/// The error for `#[monty::function]` on a struct, an impl, a module, ...
fn not_a_function(item: &syn::Item) -> syn::Error {
    let what = match item {
        syn::Item::Struct(_) => "a struct",
        syn::Item::Enum(_) => "an enum",
        syn::Item::Impl(_) => "an impl block",
        syn::Item::Mod(_) => "a module",
        syn::Item::Trait(_) => "a trait",
        syn::Item::Const(_) => "a const",
        syn::Item::Static(_) => "a static",
        syn::Item::Type(_) => "a type alias",
        syn::Item::Use(_) => "a use declaration",
        _ => "this item",
    };
    let span = match item {
        syn::Item::Struct(s) => s.struct_token.span,
        syn::Item::Enum(e) => e.enum_token.span,
        syn::Item::Impl(i) => i.impl_token.span,
        syn::Item::Mod(m) => m.mod_token.span,
        syn::Item::Trait(t) => t.trait_token.span,
        _ => proc_macro2::Span::call_site(),
    };
    syn::Error::new(
        span,
        format!(
            "`#[monty::function]` goes on a free `fn` at module level, not on {what}: \
             each annotated function becomes one host function"
        ),
    )
}
