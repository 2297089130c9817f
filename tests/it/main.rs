//! Integration tests: the real app on port 0, the real sandbox carrier over
//! HTTP, each test on SQLite and on PostgreSQL.

mod common;
mod webdriver;

mod access;
mod browser;
mod callbacks;
mod campaigns;
mod demo;
mod grading;
mod languages;
mod module_graph;
mod pages;
mod results;
mod roster;
mod schema_parity;
mod telephony;
mod twilio_client;
mod twilio_python;
