//! The route table: every route is added here with the access it was built
//! for, so the app's full list of routes and their decisions can be walked
//! (the route-by-role test does exactly that). The policy recorded is the
//! one whose extractor the handler takes; the test proves they agree.

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodFilter, on};

use super::auth::{Access, Policy};
use crate::app::AppState;

#[derive(Clone, Debug)]
pub struct RouteSpec {
    pub method: Method,
    pub path: String,
    pub access: Access,
    /// One line for the API description.
    pub summary: Option<&'static str>,
}

pub struct Routes {
    pub router: Router<AppState>,
    pub specs: Vec<RouteSpec>,
}

impl Default for Routes {
    fn default() -> Self {
        Self {
            router: Router::new(),
            specs: Vec::new(),
        }
    }
}

fn filter(method: &Method) -> MethodFilter {
    match *method {
        Method::GET => MethodFilter::GET,
        Method::POST => MethodFilter::POST,
        Method::PUT => MethodFilter::PUT,
        Method::DELETE => MethodFilter::DELETE,
        Method::PATCH => MethodFilter::PATCH,
        _ => panic!("unsupported method {method}"),
    }
}

impl Routes {
    pub fn new() -> Self {
        Self::default()
    }

    fn add<H, T>(mut self, method: Method, path: &str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self.router.route(path, on(filter(&method), handler));
        self.specs.push(RouteSpec {
            method,
            path: path.to_string(),
            access,
            summary: None,
        });
        self
    }

    /// Describes the route added last, for the OpenAPI document.
    pub fn doc(mut self, summary: &'static str) -> Self {
        if let Some(last) = self.specs.last_mut() {
            last.summary = Some(summary);
        }
        self
    }

    /// A route whose handler takes `Allowed<P>`.
    pub fn route<P: Policy, H, T>(self, method: Method, path: &str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(method, path, P::ACCESS, handler)
    }

    /// A route open to anyone.
    pub fn public<H, T>(self, method: Method, path: &str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(method, path, Access::Public, handler)
    }

    /// A carrier webhook: its signature is its credential.
    pub fn carrier<H, T>(self, method: Method, path: &str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(method, path, Access::Carrier, handler)
    }

    /// Mounts `other` under `prefix`.
    pub fn nest(mut self, prefix: &str, other: Routes) -> Self {
        self.router = self.router.nest(prefix, other.router);
        self.specs.extend(other.specs.into_iter().map(|mut s| {
            s.path = format!("{prefix}{}", s.path);
            s
        }));
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.specs.extend(other.specs);
        self
    }
}
