FROM node:20-alpine
# expect-line: 3
ENV DB_PASSWORD=s3cr3t-Pa55w0rd
# expect-line: 5
ARG GITHUB_TOKEN=ghp_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a
ENV NODE_ENV production
