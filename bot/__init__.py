"""Internet Marketer career advisor: knowledge → index → retrieval → answering → front-ends (cli, terminal, telegram)."""
