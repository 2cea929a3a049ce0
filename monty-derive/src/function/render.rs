//! The items `#[monty::function]` generates beside the function.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Lit};

use super::model::{DefaultValue, FunctionModel, Pass};

pub(crate) fn render(model: &FunctionModel, func: &syn::ItemFn) -> TokenStream {
    let rust_name = &model.rust_name;
    let vis = &model.vis;
    let py_name = &model.py_name;
    let doc = &model.doc;
    let make = format_ident!("__monty_host_fn_{}", syn::ext::IdentExt::unraw(rust_name));
    let group_call = model.group.as_ref().map(|g| quote! { .group(#g) });
    let group_opt = match &model.group {
        Some(g) => quote! { ::core::option::Option::Some(#g) },
        None => quote! { ::core::option::Option::None },
    };

    let mut declare = Vec::new();
    let mut bind = Vec::new();
    let mut pass = Vec::new();
    for (index, param) in model.params.iter().enumerate() {
        let ty = &param.owned_ty;
        let name = &param.py_name;
        let pdoc = &param.doc;
        let var = format_ident!("__monty_arg_{}", index);
        let binding = if param.pass == Pass::RefMut {
            quote! { mut #var }
        } else {
            quote! { #var }
        };
        let span = ty.span();
        match &param.default {
            DefaultValue::FromType => {
                declare.push(quote_spanned! {span=> .param::<#ty>(#name, #pdoc) });
                bind.push(quote! { let #binding: #ty = __monty_args.take(#index)?; });
            }
            DefaultValue::Trait => {
                // the stub shows `T::default()` as a Python literal when `T` serializes to one
                let shown = quote! {{
                    #[allow(unused_imports)]
                    use ::monty::__private::{ShowsEllipsis as _, ShowsLiteral as _};
                    (&&::monty::__private::DefaultOf::<#ty>(::core::marker::PhantomData)).shown_default()
                }};
                declare.push(quote_spanned! {span=> .param_with_default::<#ty>(#name, #pdoc, #shown) });
                bind.push(
                    quote! { let #binding: #ty = __monty_args.take_or(#index, ::core::default::Default::default)?; },
                );
            }
            DefaultValue::Expr(expr) => {
                // a literal in the source shows as written; another expression is
                // evaluated and shown as its value's literal when it serializes to one
                let shown = match python_literal(expr) {
                    literal if literal != "..." => quote! { #literal },
                    _ => quote! {{
                        #[allow(unused_imports)]
                        use ::monty::__private::{ShowsEllipsis as _, ShowsLiteral as _};
                        (&&::monty::__private::ValueOf::<#ty>(#expr)).shown_default()
                    }},
                };
                declare.push(quote_spanned! {span=> .param_with_default::<#ty>(#name, #pdoc, #shown) });
                bind.push(quote! { let #binding: #ty = __monty_args.take_or(#index, || #expr)?; });
            }
        }
        pass.push(match param.pass {
            Pass::Value => quote! { #var },
            Pass::Ref => quote! { &#var },
            Pass::RefMut => quote! { &mut #var },
        });
    }
    let ret = &model.returns.ty;
    let ret_span = ret.span();
    let invoke = if model.is_async {
        quote! { #rust_name(#(#pass),*).await }
    } else {
        quote! { #rust_name(#(#pass),*) }
    };
    let (ok_ty, call) = if model.returns.is_result {
        (
            quote_spanned! {ret_span=> <#ret as ::monty::__private::HostResult>::Ok },
            invoke,
        )
    } else {
        (quote! { #ret }, quote! { ::monty::__private::Plain(#invoke) })
    };
    let args_pattern = if model.params.is_empty() {
        quote! { _ }
    } else {
        quote! { mut __monty_args }
    };
    // An async fn: the arguments are bound and converted now (errors raise at
    // the call site), then the future owns them and awaits the function.
    let build = if model.is_async {
        quote! {
            .build_async(|#args_pattern: ::monty::__private::BoundArgs<'_>| {
                #(#bind)*
                ::core::result::Result::Ok(::monty::__private::host_future(async move {
                    ::monty::__private::HostResult::into_host_result(#call, #py_name)
                }))
            })
        }
    } else {
        quote! {
            .build(|#args_pattern: ::monty::__private::BoundArgs<'_>| {
                #(#bind)*
                ::monty::__private::HostResult::into_host_result(#call, #py_name)
            })
        }
    };
    let module_doc = format!("The host function made from [`{rust_name}()`] by `#[monty::function]`.");

    quote! {
        #func

        #[doc(hidden)]
        #[allow(non_snake_case)]
        fn #make() -> ::monty::__private::HostFunction {
            ::monty::__private::HostFunction::builder(#py_name)
                #group_call
                .doc(#doc)
                #(#declare)*
                .returns::<#ok_ty>()
                #build
        }

        ::monty::__private::inventory::submit! {
            ::monty::__private::Registration::new(#py_name, #group_opt, #make)
        }

        #[doc = #module_doc]
        #[allow(dead_code, non_snake_case)]
        #vis mod #rust_name {
            /// This function as a [`HostFunction`](::monty::__private::HostFunction), to grant with
            /// `CapabilitySet::grant_fn`.
            #[must_use]
            #[allow(unreachable_pub)]
            pub fn host_function() -> ::monty::__private::HostFunction {
                super::#make()
            }
        }
    }
}

/// A default as the stub shows it: Python's form of a literal, else `...`.
fn python_literal(expr: &Expr) -> String {
    let expr = match expr {
        // `"metric".into()`, `"metric".to_owned()`, `String::from("metric")` show as the literal.
        Expr::MethodCall(call) if call.args.is_empty() => &*call.receiver,
        Expr::Call(call) if call.args.len() == 1 => call.args.first().unwrap_or(expr),
        other => other,
    };
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Str(s) => python_str(&s.value()),
            Lit::Int(i) => i.base10_digits().to_owned(),
            Lit::Float(f) => {
                let digits = f.base10_digits();
                if digits.contains(['.', 'e', 'E']) {
                    digits.to_owned()
                } else {
                    format!("{digits}.0")
                }
            }
            Lit::Bool(b) => if b.value { "True" } else { "False" }.to_owned(),
            _ => "...".to_owned(),
        },
        Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => match python_literal(expr) {
            lit if lit.starts_with(|c: char| c.is_ascii_digit()) => format!("-{lit}"),
            _ => "...".to_owned(),
        },
        _ => "...".to_owned(),
    }
}

/// `repr()` of a str with plain characters; anything that would need escapes shows as `...`.
fn python_str(s: &str) -> String {
    if s.chars().all(|c| !c.is_control() && c != '\\' && c != '\'') {
        format!("'{s}'")
    } else {
        "...".to_owned()
    }
}
