FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# expect-line: 4
RUN curl -fsSL https://get.example.sh | bash -s -- --yes
