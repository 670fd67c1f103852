<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: parley-cli COMMAND [OPTIONS]

Commands:
  inspect [FILE|-]   Print each event of a raw text/event-stream as a JSON line

Options:
  -h, --help         Show this help; COMMAND --help shows a command's options
  -v, --version      Show the version
</source>
        <translation>사용법: parley-cli 명령 [옵션]

명령:
  inspect [파일|-]   원시 text/event-stream의 각 이벤트를 JSON 한 줄로 출력합니다

옵션:
  -h, --help         이 도움말을 표시합니다. 명령 --help는 해당 명령의 옵션을 보여 줍니다
  -v, --version      버전을 표시합니다
</translation>
    </message>
    <message>
        <source>parley-cli: unknown command '%1'.

%2</source>
        <translation>parley-cli: 알 수 없는 명령 '%1'입니다.

%2</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Reads a raw text/event-stream from FILE or standard input and prints every dispatched event as one JSON line: {"event":…,"data":…,"id":…}, and {"retry":MS} for each valid retry field.</source>
        <translation>FILE 또는 표준 입력에서 원시 text/event-stream을 읽어, 전달된 각 이벤트를 JSON 한 줄 {"event":…,"data":…,"id":…}로, 유효한 retry 필드마다 {"retry":MS}를 출력합니다.</translation>
    </message>
    <message>
        <source>Longest line or event accepted, in bytes (default %1).</source>
        <translation>허용하는 한 줄 또는 한 이벤트의 최대 크기(바이트, 기본값 %1).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>The stream to read; - or nothing for standard input.</source>
        <translation>읽을 스트림. - 이거나 생략하면 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <source>parley-cli inspect: give one file, or - for standard input.</source>
        <translation>parley-cli inspect: 파일 하나를 지정하거나, 표준 입력은 - 로 지정하세요.</translation>
    </message>
    <message>
        <source>parley-cli inspect: --max-size takes a positive number of bytes.</source>
        <translation>parley-cli inspect: --max-size에는 양수인 바이트 수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>parley-cli inspect: cannot open %1: %2</source>
        <translation>parley-cli inspect: %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>parley-cli inspect: cannot read %1: %2</source>
        <translation>parley-cli inspect: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Welcome to Parley</source>
        <translation>Parley에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>A native chat client for streaming language models. Your conversations will appear here.</source>
        <translation>스트리밍 언어 모델을 위한 네이티브 채팅 클라이언트입니다. 대화가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>The event stream has a line longer than %1 bytes.</source>
        <translation>이벤트 스트림에 %1바이트보다 긴 줄이 있습니다.</translation>
    </message>
    <message>
        <source>The event stream has an event larger than %1 bytes.</source>
        <translation>이벤트 스트림에 %1바이트보다 큰 이벤트가 있습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parley, a native chat client for streaming LLM APIs.</source>
        <translation>Parley, 스트리밍 LLM API를 위한 네이티브 채팅 클라이언트.</translation>
    </message>
</context>
</TS>