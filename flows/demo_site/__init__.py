"""Package data for the demo: a fictional news site (``articles.yaml``) served by ``flows.demo``."""
