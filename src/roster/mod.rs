//! Centres, departments and staff: who can be called, on which line, and
//! when their department works. Owns `centres`, `departments`, `staff`.
