<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChatCommand</name>
    <message>
        <source>time to first token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per second: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed events skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams one reply to standard output as it arrives. The prompt is the arguments, or standard input when it is - or left out. Without --base-url the built-in demo provider answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to use (default with the demo: parley-demo-fast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most tokens to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the model&apos;s reasoning on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print timing, usage and the finish reason on standard error at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt; - or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model is required with --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature takes a number from 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top-p takes a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a prompt, or pipe one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s (retry %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply ended before the provider said it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>parley-cli: unknown command &apos;%1&apos;.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parley-cli COMMAND [OPTIONS]

Commands:
  chat [PROMPT|-]    Stream a reply to standard output (the demo provider without --base-url)
  models             List a provider&apos;s models
  inspect [FILE|-]   Print each event of a text/event-stream as a JSON line (--url for a live endpoint)
  serve-demo         Run the built-in demo provider on its own

Options:
  -h, --help         Show this help; COMMAND --help shows a command&apos;s options
  -v, --version      Show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s base URL, e.g. https://api.openai.com/v1. Without it, the built-in demo provider answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable that holds the API key (default OPENAI_API_KEY). Keys are never taken on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the connection (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the stream may stay silent (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic retries before the first token (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo provider could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL.</source>
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
    <message>
        <source>parley-cli inspect: the stream was cut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a live endpoint instead of a file: GET, or POST with --data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON body to POST, or @FILE to read it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra request header, &quot;Name: value&quot; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key in this environment variable as a Bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli inspect: --url takes an http:// or https:// URL, and no FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli inspect: --header takes &quot;Name: value&quot;.</source>
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
    <message>
        <source>Built-in demo provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n model(s)</source>
        <translation>
            <numerusform>%1: %n model</numerusform>
            <numerusform>%1: %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>Lists the models of a provider (GET {base}/models), one id per line. Without --base-url, the demo provider&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no model list at %1; type the model name yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>%1 The provider said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the API key (HTTP 401). Check the key in the provider&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused access (HTTP 403). Check that the API key is valid and allowed to use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the model or the endpoint does not exist at this provider. Check the model name and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the request (HTTP %1). Check the model and the request settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): too many requests or tokens for now, or no credit left. Wait a moment and retry, or check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is overloaded (HTTP 529). Retry in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1). Retry later; if it persists, the service may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with an unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reported an error during the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timed out connecting to the provider after %n second(s). Check the base URL and the network, or raise the connect timeout.</source>
        <translation>
            <numerusform>Timed out connecting to the provider after %n second. Check the base URL and the network, or raise the connect timeout.</numerusform>
            <numerusform>Timed out connecting to the provider after %n seconds. Check the base URL and the network, or raise the connect timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider accepted the request but sent nothing for %n second(s). It may be overloaded; retry, or raise the first-byte timeout.</source>
        <translation>
            <numerusform>The provider accepted the request but sent nothing for %n second. It may be overloaded; retry, or raise the first-byte timeout.</numerusform>
            <numerusform>The provider accepted the request but sent nothing for %n seconds. It may be overloaded; retry, or raise the first-byte timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply stalled: nothing arrived for %n second(s). Retry, or raise the idle timeout.</source>
        <translation>
            <numerusform>The reply stalled: nothing arrived for %n second. Retry, or raise the idle timeout.</numerusform>
            <numerusform>The reply stalled: nothing arrived for %n seconds. Retry, or raise the idle timeout.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider redirected the request (HTTP %1). Parley does not follow redirects with your key; check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider redirected the request to %1 (HTTP %2). Parley does not follow redirects with your key; if %1 is right, use it as the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider: %1. Check the network connection and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Parley never sends a key over a connection it cannot verify; check the base URL, the system&apos;s certificates and the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s response could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeDemoCommand</name>
    <message>
        <source>Runs Parley&apos;s built-in demo provider, an OpenAI-compatible server on 127.0.0.1, until Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli serve-demo: --port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli serve-demo: cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley demo provider at %1 (models: %2). Ctrl+C stops it.</source>
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
    <name>StreamJob</name>
    <message>
        <source>the JSON reply is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is neither an event stream nor valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>The provider asks to wait %n second before trying again.</numerusform>
            <numerusform>The provider asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parley, a native chat client for streaming LLM APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo provider could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
