# expect-line: 2
FROM ubuntu
RUN echo hi
