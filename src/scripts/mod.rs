//! Call scripts: the scenario files in `call-scripts/`.
