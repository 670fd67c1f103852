<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <source>The built-in demo provider cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider that appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole file (it is not valid JSON: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts written by a newer version of Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to their defaults: %1. The old file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Parley settings export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings were exported by a newer version of Parley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved lane set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message density:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Print the model&apos;s reasoning on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print timing, usage and the finish reason on standard error at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model is required with --base-url.</source>
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
    <name>ChatSession</name>
    <message>
        <source>Some messages of this conversation could not be read and are not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Jump to latest ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: the reply ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Parley closed while this reply was arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
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
    <message>
        <source>Use a provider profile (see parley-cli profiles): its base URL, its key from the keychain or its environment variable, its default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use --profile or --base-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile “%1” (see parley-cli profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key is stored for “%1”: run parley-cli key set &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available (%1); give the profile an environment variable for its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key even over plain http:// to a host that is not this computer, where anyone on the way can read it. Without it, parley-cli refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server&apos;s and the model&apos;s text to a terminal as it is, control characters and escape sequences included (they are shown visibly otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the key would go over plain http:// to %1, which is not this computer, where anyone on the way can read it. Use https://, or pass --allow-insecure-http to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must not carry a password or a key (user:password@ or a key= parameter): put the key in an environment variable and name it with --api-key-env, or store it with parley-cli key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import changed where “%1” sends its key; its stored key is held back until you confirm it in Parley&apos;s window, or store a new one with parley-cli key set &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parley-cli COMMAND [OPTIONS]

Commands:
  chat [PROMPT|-]    Stream a reply to standard output (the demo provider without --base-url)
  compare [PROMPT|-] Send one prompt to several models at once (--model M --model M2 ...) and compare them
  models             List a provider&apos;s models
  inspect [FILE|-]   Print each event of a text/event-stream as a JSON line (--url for a live endpoint)
  serve-demo         Run the built-in demo provider on its own
  profiles           List the provider profiles
  key set|delete P   Store (from standard input) or delete profile P&apos;s key in the keychain

Options:
  -h, --help         Show this help; COMMAND --help shows a command&apos;s options
  -v, --version      Show the version
</source>
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
        <source>The prompt; - or nothing reads standard input.</source>
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
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one prompt to several models at once and, when all have answered, shows how each did. --model M@PROFILE takes a model from another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model to compare; give it once per lane, up to %1 times (MODEL or MODEL@PROFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per lane per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes at most %1 models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the key of %1 would go over plain http:// to %2. Use https://, or pass --allow-insecure-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model needs a name before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareLane</name>
    <message>
        <source>Built-in demo provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <translation>
            <numerusform>≈%n token</numerusform>
            <numerusform>≈%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature for this lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with this lane&apos;s thread as a normal conversation in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top_p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top_p, max_tokens and the system prompt for this lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>no model chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key would go over plain http; use the profile once in the main window and confirm it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its profile is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest first token: %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest rate: %1 (%2 tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest: %1 ($%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message to every model — Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between columns and a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison as Markdown: the metrics, then every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: a blind comparison is voted on once every lane has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the lanes as the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the vote: the history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the vote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You found every answer bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lane set needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lane set needs a name and at least one lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison under way keeps its lanes: open a new comparison to use “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lane set named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane set “%1” restored, but the provider of %2 is gone: choose another for those lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lane set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this lane set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane set “%1” restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane set “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle the lanes and hide their models behind A, B, C… until you pick the best answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model&apos;s wins, losses and ties in blind comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these lanes by name, or bring back saved ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model — Enter sends, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not list this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message to several models side by side (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Not tested: the key is not sent over plain http without your yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The provider lists %n model(s).</source>
        <translation>
            <numerusform>Connected. The provider lists %n model.</numerusform>
            <numerusform>Connected. The provider lists %n models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n model(s).</source>
        <translation>
            <numerusform>Fetched %n model.</numerusform>
            <numerusform>Fetched %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the provider has no model list. Add its models by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS problem. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley conversation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
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
    <name>DataPage</name>
    <message>
        <source>Clear the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n conversation(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete all %n conversation for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n conversations for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your providers, models, prices and preferences to a file, to import them on another computer. Keys are never exported: you are asked for them after an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In memory only: the history file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the history. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space; the conversation stays on screen and is saved once there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history at %1 was written by a newer version of Parley. Update Parley to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the history to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 has an unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 has an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 belongs to a missing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 has unreadable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Parley conversation export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was exported by a newer version of Parley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation file is damaged at message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the history file or its folder is read-only (%2). Make it writable; the conversation stays on screen and is saved as soon as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the votes</source>
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
    <name>KeyInClearPrompt</name>
    <message>
        <source>Send the key unencrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// if the provider offers it. Send the key anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPrompt</name>
    <message>
        <source>API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for %1. Enter its API key; it is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (%1). Enter the API key for %2 to use it until Parley quits; it is not saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the key (%1); it is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneSetMenu</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these lanes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved lane sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its provider is gone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window switches as soon as you apply. Parley speaks English and Korean; for other system languages it uses English.</source>
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
        <source>Copied the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley opens only web links (http and https). This link uses “%1”:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser?

Host: %1
Address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old version stays; the new one is sent as a new branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (%1), so the proxy password cannot be read. Enter it in Settings, Network, to use it for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: your message is back in the text box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter	Send
Shift+Enter	New line
Esc	Stop the reply, or take back a message that waits
Ctrl+N	New chat
Ctrl+F, Ctrl+K	Search all conversations
Ctrl+Shift+C	Copy the last reply
Ctrl+,	Settings
F1	This list</source>
        <translation type="unfinished"></translation>
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
    <name>ModelsPage</name>
    <message>
        <source>Models and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider for new chats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions sent at the start of every conversation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature (0–2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top P (0–1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens (1–10,000,000):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not set, the provider&apos;s default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices marked as estimates were seeded by Parley: check them against the provider&apos;s price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in demo provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: name the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a price is a number of dollars, 0 or more, such as 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the connection and the request to be sent (1 to 600 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the provider may think before its first byte (1 to 3600 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a reply may pause once it has started (1 to 3600 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries after a network error, a rate limit or a server error, before the first token only (0 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies at once per provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go direct to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts, *.domains and subnets such as 10.0.0.0/8, separated by commas. Keep localhost here for servers on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the host name or address, such as proxy.example.com; the port goes in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a host, domain or subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Use the stored key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key stored for %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not used: its key is not sent over plain http without your yes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>Lists the provider profiles (the active one marked *). Keys are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(runs inside Parley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a profile&apos;s API key in the OS keychain (read from standard input, without echo), or deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli key: use “key set PROFILE” or “key delete PROFILE”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli key: there is no profile “%1” that takes a key (see parley-cli profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley-cli key: no key given; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Nothing was written: Parley never keeps a key in a file. Set the profile to read its key from an environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key stored (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderAccess</name>
    <message>
        <source>No key is stored for %1. Enter it, or add it with: parley-cli key set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (%1), so the key for %2 cannot be read. Enter it for this session, or give the profile an environment variable for its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads its key from the environment variable %2, which is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http:// to %2, which is not this computer. Its API key would cross the network unencrypted, readable by anyone on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import changed where %1 sends its key (now %2). Its stored key is not used until you confirm that it may go there, or enter a new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>Built-in demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host, for example https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent replies must be between 1 and 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the key in the key field, not in an Authorization header: headers are saved in the settings file, keys only in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an environment variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider without an id or with an unknown preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 looks like it carries a secret, and headers are saved in the settings file. Put the secret in the key field (it is kept in the keychain) and write %2 as the header&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the header %1 spans several lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL carries a password or a key (user:password@ or a key= parameter). Remove it: put the API key in the key field, where it is kept in the keychain, and never in a URL, which is saved in the settings file and shown in messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its key would go to %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its key would come from the keychain instead of $%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its key would be read from the variable $%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the headers sent with its key change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSelection</name>
    <message>
        <source>The provider lists no models. Add one by hand in Settings, Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of this provider&apos;s models; it is used for this session.</source>
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
    <message>
        <source>%1: reading its key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message waits until %1 is ready (reading its key). Esc takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message waits until the provider&apos;s models are known. Esc takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider from a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or key from variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the settings file. For a header that carries the key (api-key, x-api-key), write {key} as its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models from the provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models added by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One model name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo provider answers offline with sample replies. It is always here and cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in demo provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), kept for offline use.</source>
        <translation>
            <numerusform>%n model, kept for offline use.</numerusform>
            <numerusform>%n models, kept for offline use.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key is stored in the keychain when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key is removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (%1). A key typed here is used for this session only, never saved; or name an environment variable below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is set for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored yet. This provider needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored. A server on this computer usually needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each header as Name: value. This line has no colon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider is called %1. Names must differ, so that parley-cli --profile finds the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete provider?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Its key is removed from the keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
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
    <message>
        <source>The proxy server did not accept the user name and password (HTTP 407). Check the proxy in Settings, Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the API key would cross the network unencrypted over plain http:// to %1, which is not this computer. Use https:// if the provider offers it, or confirm that the key may be sent this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeMarkdown</name>
    <message>
        <source>image</source>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what is marked on the page “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written: %1

They apply until Parley quits. Free some disk space or check the folder&apos;s permissions, then apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (%1). The key is used for this session only; enter it again after a restart, or name an environment variable for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (%1), so a stored key could not be removed. It is not used any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings exported to %1. Keys are not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New providers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: these settings are the ones in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, because they could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys are never exported: you will be asked for %n key(s).</source>
        <translation>
            <numerusform>Keys are never exported: you will be asked for %n key.</numerusform>
            <numerusform>Keys are never exported: you will be asked for %n keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings imported. Enter the keys for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley settings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing changes these settings:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where stored keys would go changes; each of these keys is held back until you confirm it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Built-in demo provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers, keys, models, network, appearance, language and data (Ctrl+,)</source>
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
    <name>VoteBar</name>
    <message>
        <source>Which answer is best?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 wins; the others lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As good as each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the answers is good enough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteTallyDialog</name>
    <message>
        <source>Reset votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every vote of every blind comparison? The conversations stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind comparison votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet. Turn on Blind in the comparison window: the answers are labelled A, B, C… until you pick the best one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parley, a native chat client for streaming LLM APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new chat with this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley is already running; switched to its window.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This session is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The built-in demo provider could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the comparison window with these lanes (MODEL[@PROFILE],MODEL[@PROFILE],...) and send --prompt to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --compare: a blind comparison, the models hidden behind A, B, C… until you vote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
