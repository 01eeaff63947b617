"""Developer tools: a protocol-level client for tests, benchmarks and scripted demo visitors."""
