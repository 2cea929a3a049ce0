//! Reading `#[monty::function(...)]` and the function it annotates, with
//! errors that point at the offending part.

use proc_macro2::TokenStream;
use quote::ToTokens as _;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, FnArg, GenericParam, LitStr, Pat, ReturnType, Type};

use super::model::{DefaultValue, FunctionModel, Options, ParamModel, Pass, Returns};

/// Python's keywords and the three constants: none can name a function or a parameter.
const PY_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub(crate) fn options(attr: TokenStream) -> syn::Result<Options> {
    let mut options = Options::default();
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("name") {
            let lit: LitStr = meta.value()?.parse()?;
            check_python_name(&lit.value(), lit.span(), "function name")?;
            options.name = Some(lit.value());
            Ok(())
        } else if meta.path.is_ident("group") {
            let lit: LitStr = meta.value()?.parse()?;
            if lit.value().trim().is_empty() {
                return Err(syn::Error::new(lit.span(), "the group name cannot be empty"));
            }
            options.group = Some(lit.value());
            Ok(())
        } else {
            let option = meta.path.to_token_stream().to_string().replace(' ', "");
            Err(meta.error(format!(
                "unknown option `{option}` of `#[monty::function]`: expected `name = \"...\"` (the Python name) \
                 or `group = \"...\"` (granted together)"
            )))
        }
    });
    syn::parse::Parser::parse2(parser, attr)?;
    Ok(options)
}

pub(crate) fn model(options: Options, func: &mut syn::ItemFn) -> syn::Result<FunctionModel> {
    let sig = &func.sig;
    let is_async = sig.asyncness.is_some();
    if let Some(param) = sig
        .generics
        .params
        .iter()
        .find(|p| !matches!(p, GenericParam::Lifetime(_)))
    {
        return Err(syn::Error::new(
            param.span(),
            "a host function cannot be generic: a Python call needs one concrete signature",
        ));
    }
    if let Some(variadic) = &sig.variadic {
        return Err(syn::Error::new(variadic.span(), "a host function cannot be variadic"));
    }
    let rust_name = sig.ident.clone();
    let py_name = match options.name {
        Some(name) => name,
        None => {
            let name = syn::ext::IdentExt::unraw(&rust_name).to_string();
            check_python_name(&name, rust_name.span(), "function name")?;
            name
        }
    };
    let mut params = Vec::new();
    for input in &mut func.sig.inputs {
        let arg = match input {
            FnArg::Receiver(receiver) => {
                return Err(syn::Error::new(
                    receiver.span(),
                    "`#[monty::function]` needs a free function: `self` has no Python counterpart",
                ));
            }
            FnArg::Typed(arg) => arg,
        };
        let Pat::Ident(pat) = &*arg.pat else {
            return Err(syn::Error::new(
                arg.pat.span(),
                "a host function parameter must be a plain name such as `point`, not a pattern: \
                 the name is also the Python keyword argument (destructure it in the body)",
            ));
        };
        let py_param = syn::ext::IdentExt::unraw(&pat.ident).to_string();
        check_python_name(&py_param, pat.ident.span(), "parameter name")?;
        let (doc, default) = param_attributes(&mut arg.attrs)?;
        if is_async && let Some(lifetime) = named_lifetime(arg.ty.to_token_stream()) {
            return Err(syn::Error::new(
                arg.ty.span(),
                format!(
                    "an async host function cannot take a parameter that borrows for `{lifetime}`: its call \
                     runs after the program's call returned, so it owns its arguments (the future is 'static); \
                     take an owned type such as `String`, or a plain reference such as `&str`, which borrows \
                     from the owned argument inside the future"
                ),
            ));
        }
        let (owned_ty, pass) = owned(&arg.ty);
        params.push(ParamModel {
            py_name: py_param,
            owned_ty,
            pass,
            doc,
            default,
        });
    }
    let returns = match &func.sig.output {
        ReturnType::Default => Returns {
            ty: syn::parse_quote!(()),
            is_result: false,
        },
        ReturnType::Type(_, ty) => Returns {
            ty: (**ty).clone(),
            is_result: is_result_type(ty),
        },
    };
    Ok(FunctionModel {
        rust_name,
        vis: func.vis.clone(),
        py_name,
        group: options.group,
        doc: doc_text(&func.attrs),
        params,
        returns,
        is_async,
    })
}

/// The first named lifetime (`'a`, `'static`; not `'_`) in a type's tokens.
fn named_lifetime(tokens: TokenStream) -> Option<String> {
    let mut after_quote = false;
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Punct(p) if p.as_char() == '\'' => {
                after_quote = true;
                continue;
            }
            proc_macro2::TokenTree::Ident(ident) if after_quote && ident != "_" => {
                return Some(format!("'{ident}"));
            }
            proc_macro2::TokenTree::Group(group) => {
                if let Some(found) = named_lifetime(group.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
        after_quote = false;
    }
    None
}

fn check_python_name(name: &str, span: proc_macro2::Span, what: &str) -> syn::Result<()> {
    let mut chars = name.chars();
    let valid =
        chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric());
    if !valid {
        return Err(syn::Error::new(span, format!("`{name}` is not a valid Python {what}")));
    }
    if PY_KEYWORDS.contains(&name) {
        return Err(syn::Error::new(
            span,
            format!(
                "`{name}` is a Python keyword and cannot be a {what}; rename it (a `name = \"...\"` option renames the function)"
            ),
        ));
    }
    Ok(())
}

/// Take the parameter's doc comments and `#[monty(...)]` attributes off it
/// (rustc rejects doc comments on parameters once the macro has run).
fn param_attributes(attrs: &mut Vec<Attribute>) -> syn::Result<(String, DefaultValue)> {
    let doc = doc_text(attrs);
    let mut default = DefaultValue::FromType;
    for attr in attrs.iter().filter(|a| a.path().is_ident("monty")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                default = if meta.input.peek(syn::Token![=]) {
                    DefaultValue::Expr(Box::new(meta.value()?.parse::<Expr>()?))
                } else {
                    DefaultValue::Trait
                };
                Ok(())
            } else {
                let option = meta.path.to_token_stream().to_string().replace(' ', "");
                Err(meta.error(format!(
                    "unknown parameter option `{option}`: expected `default` (use `Default::default()` when \
                     the caller leaves it out) or `default = <expr>`"
                )))
            }
        })?;
    }
    attrs.retain(|a| !a.path().is_ident("monty") && !a.path().is_ident("doc"));
    Ok((doc, default))
}

/// The doc comments' text, one space of rustdoc indentation removed from each line.
fn doc_text(attrs: &[Attribute]) -> String {
    let mut lines = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        if let syn::Meta::NameValue(nv) = &attr.meta
            && let Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s), ..
            }) = &nv.value
        {
            let text = s.value();
            if text.trim().is_empty() {
                // A bare `///` separates paragraphs; `lines()` of "" yields nothing.
                lines.push(String::new());
            }
            for line in text.lines() {
                lines.push(line.strip_prefix(' ').unwrap_or(line).trim_end().to_owned());
            }
        }
    }
    lines.join("\n").trim().to_owned()
}

/// A reference parameter binds an owned value and borrows it for the call.
fn owned(ty: &Type) -> (Type, Pass) {
    let Type::Reference(reference) = ty else {
        return (ty.clone(), Pass::Value);
    };
    let pass = if reference.mutability.is_some() {
        Pass::RefMut
    } else {
        Pass::Ref
    };
    let owned: Type = match &*reference.elem {
        Type::Path(p) if p.qself.is_none() && p.path.is_ident("str") => syn::parse_quote!(::std::string::String),
        Type::Slice(slice) => {
            let elem = &slice.elem;
            syn::parse_quote!(::std::vec::Vec<#elem>)
        }
        other => other.clone(),
    };
    (owned, pass)
}

/// `Result<T, E>`, `io::Result<T>`, `anyhow::Result<T>`, `MyResult<T>`: the last
/// path segment's name ends in `Result`.
fn is_result_type(ty: &Type) -> bool {
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident.to_string().ends_with("Result")),
        Type::Group(g) => is_result_type(&g.elem),
        Type::Paren(p) => is_result_type(&p.elem),
        _ => false,
    }
}
