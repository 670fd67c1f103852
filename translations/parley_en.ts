<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: parley-cli COMMAND [OPTIONS]

Commands:
  inspect [FILE|-]   Print each event of a raw text/event-stream as a JSON line

Options:
  -h, --help         Show this help; COMMAND --help shows a command&apos;s options
  -v, --version      Show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli: unknown command &apos;%1&apos;.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Reads a raw text/event-stream from FILE or standard input and prints every dispatched event as one JSON line: {&quot;event&quot;:…,&quot;data&quot;:…,&quot;id&quot;:…}, and {&quot;retry&quot;:MS} for each valid retry field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest line or event accepted, in bytes (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream to read; - or nothing for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli inspect: give one file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli inspect: --max-size takes a positive number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli inspect: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli inspect: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native chat client for streaming language models. Your conversations will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>The event stream has a line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream has an event larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parley, a native chat client for streaming LLM APIs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
