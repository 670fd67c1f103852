<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>AppSettings</name>
        <message>
            <source>The built-in demo provider cannot be changed.</source>
            <translation>내장 데모 제공자는 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <source>the setting “%1”</source>
            <translation>설정 “%1”</translation>
        </message>
        <message>
            <source>the provider list</source>
            <translation>제공자 목록</translation>
        </message>
        <message>
            <source>a provider that appears twice</source>
            <translation>두 번 나오는 제공자</translation>
        </message>
        <message>
            <source>a price</source>
            <translation>가격 하나</translation>
        </message>
        <message>
            <source>the whole file (%1)</source>
            <translation>파일 전체(%1)</translation>
        </message>
        <message>
            <source>the whole file (it is not valid JSON: %1)</source>
            <translation>파일 전체(올바른 JSON이 아닙니다: %1)</translation>
        </message>
        <message>
            <source>parts written by a newer version of Parley</source>
            <translation>더 새로운 버전의 Parley가 쓴 부분</translation>
        </message>
        <message>
            <source>Some settings could not be read and were reset to their defaults: %1. The old file is kept as %2.</source>
            <translation>일부 설정을 읽을 수 없어 기본값으로 되돌렸습니다: %1. 이전 파일은 %2(으)로 보관했습니다.</translation>
        </message>
        <message>
            <source>Could not save the settings to %1: %2</source>
            <translation>설정을 %1에 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>This file is not a Parley settings export.</source>
            <translation>이 파일은 Parley에서 내보낸 설정이 아닙니다.</translation>
        </message>
        <message>
            <source>These settings were exported by a newer version of Parley.</source>
            <translation>이 설정은 더 새로운 버전의 Parley에서 내보냈습니다.</translation>
        </message>
        <message>
            <source>a saved lane set</source>
            <translation>저장된 레인 세트</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <source>Appearance</source>
            <translation>모양</translation>
        </message>
        <message>
            <source>Colours:</source>
            <translation>색상:</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <source>Text size:</source>
            <translation>글자 크기:</translation>
        </message>
        <message>
            <source>The system's size</source>
            <translation>시스템 크기</translation>
        </message>
        <message>
            <source>%1 pt</source>
            <translation>%1pt</translation>
        </message>
        <message>
            <source>Message density:</source>
            <translation>메시지 간격:</translation>
        </message>
        <message>
            <source>Comfortable</source>
            <translation>넉넉하게</translation>
        </message>
        <message>
            <source>Compact</source>
            <translation>촘촘하게</translation>
        </message>
    </context>
    <context>
        <name>ChatCommand</name>
        <message>
            <source>time to first token: %1</source>
            <translation>첫 토큰까지: %1</translation>
        </message>
        <message>
            <source>tokens per second: %1</source>
            <translation>초당 토큰: %1</translation>
        </message>
        <message>
            <source>total time: %1 ms</source>
            <translation>전체 시간: %1 ms</translation>
        </message>
        <message>
            <source>usage: %1 prompt + %2 completion = %3 tokens</source>
            <translation>사용량: 프롬프트 %1 + 응답 %2 = %3 토큰</translation>
        </message>
        <message>
            <source>usage: not reported</source>
            <translation>사용량: 보고되지 않음</translation>
        </message>
        <message>
            <source>finish reason: %1</source>
            <translation>종료 이유: %1</translation>
        </message>
        <message>
            <source>retries: %1</source>
            <translation>재시도: %1</translation>
        </message>
        <message>
            <source>malformed events skipped: %1</source>
            <translation>건너뛴 잘못된 이벤트: %1</translation>
        </message>
        <message>
            <source>Streams one reply to standard output as it arrives. The prompt is the arguments, or standard input when it is - or left out. Without --base-url the built-in demo provider answers.</source>
            <translation>답변 하나를 도착하는 대로 표준 출력에 스트리밍합니다. 프롬프트는 인수로 주거나, - 이거나 생략하면 표준 입력에서 읽습니다. --base-url이 없으면 내장 데모 제공자가 답합니다.</translation>
        </message>
        <message>
            <source>The model to use (default with the demo: parley-demo-fast).</source>
            <translation>사용할 모델(데모의 기본값: parley-demo-fast).</translation>
        </message>
        <message>
            <source>Print the model's reasoning on standard error.</source>
            <translation>모델의 추론 과정을 표준 오류에 출력합니다.</translation>
        </message>
        <message>
            <source>Print timing, usage and the finish reason on standard error at the end.</source>
            <translation>끝에 시간, 사용량, 종료 이유를 표준 오류에 출력합니다.</translation>
        </message>
        <message>
            <source>--model is required with --base-url.</source>
            <translation>--base-url을 쓸 때는 --model이 필요합니다.</translation>
        </message>
        <message>
            <source>Retrying in %1 s (retry %2): %3</source>
            <translation>%1초 후 다시 시도합니다(%2번째 재시도): %3</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>중지했습니다.</translation>
        </message>
        <message>
            <source>The reply was cut off: %1</source>
            <translation>답변이 중간에 끊겼습니다: %1</translation>
        </message>
        <message>
            <source>The reply ended before the provider said it was complete.</source>
            <translation>제공자가 완료를 알리기 전에 답변이 끝났습니다.</translation>
        </message>
    </context>
    <context>
        <name>ChatSession</name>
        <message>
            <source>Some messages of this conversation could not be read and are not shown: %1</source>
            <translation>이 대화의 일부 메시지를 읽을 수 없어 표시하지 않았습니다: %1</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>대기 중</translation>
        </message>
        <message numerus="yes">
            <source>retrying in %n s</source>
            <translation>
                <numerusform>%n초 후 다시 시도</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Jump to latest ↓</source>
            <translation>최신으로 이동 ↓</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>Incomplete: the reply ended early</source>
            <translation>불완전: 답변이 일찍 끝났습니다</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>Interrupted: Parley closed while this reply was arriving</source>
            <translation>중단됨: 답변을 받는 중에 Parley가 종료되었습니다</translation>
        </message>
        <message>
            <source>%1 ms to first token</source>
            <translation>첫 토큰까지 %1ms</translation>
        </message>
        <message>
            <source>%1 tokens/s</source>
            <translation>초당 %1토큰</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n토큰</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>편집</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>다시 생성</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>생각 과정</translation>
        </message>
        <message>
            <source>code</source>
            <translation>코드</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>parley-cli: unknown command '%1'.

%2</source>
            <translation>parley-cli: 알 수 없는 명령 '%1'입니다.

%2</translation>
        </message>
        <message>
            <source>The provider's base URL, e.g. https://api.openai.com/v1. Without it, the built-in demo provider answers.</source>
            <translation>제공자의 기본 URL(예: https://api.openai.com/v1). 없으면 내장 데모 제공자가 답합니다.</translation>
        </message>
        <message>
            <source>The environment variable that holds the API key (default OPENAI_API_KEY). Keys are never taken on the command line.</source>
            <translation>API 키가 들어 있는 환경 변수(기본값 OPENAI_API_KEY). 키는 명령줄로 받지 않습니다.</translation>
        </message>
        <message>
            <source>Seconds to wait for the connection (default 15).</source>
            <translation>연결을 기다릴 시간(초, 기본값 15).</translation>
        </message>
        <message>
            <source>Seconds the stream may stay silent (default 90).</source>
            <translation>스트림이 아무것도 보내지 않아도 되는 시간(초, 기본값 90).</translation>
        </message>
        <message>
            <source>Automatic retries before the first token (default 2).</source>
            <translation>첫 토큰 전의 자동 재시도 횟수(기본값 2).</translation>
        </message>
        <message>
            <source>--connect-timeout takes a number of seconds.</source>
            <translation>--connect-timeout에는 초 단위 숫자를 지정하세요.</translation>
        </message>
        <message>
            <source>--idle-timeout takes a number of seconds.</source>
            <translation>--idle-timeout에는 초 단위 숫자를 지정하세요.</translation>
        </message>
        <message>
            <source>--retries takes a number from 0 to 10.</source>
            <translation>--retries에는 0부터 10까지의 숫자를 지정하세요.</translation>
        </message>
        <message>
            <source>The demo provider could not start: %1</source>
            <translation>데모 제공자를 시작할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>--base-url must be an http:// or https:// URL.</source>
            <translation>--base-url은 http:// 또는 https:// URL이어야 합니다.</translation>
        </message>
        <message>
            <source>Use a provider profile (see parley-cli profiles): its base URL, its key from the keychain or its environment variable, its default model.</source>
            <translation>제공자 프로필을 사용합니다(parley-cli profiles 참고): 기본 URL, 키체인이나 환경 변수의 키, 기본 모델.</translation>
        </message>
        <message>
            <source>use --profile or --base-url, not both.</source>
            <translation>--profile과 --base-url 중 하나만 쓰세요.</translation>
        </message>
        <message>
            <source>there is no profile “%1” (see parley-cli profiles).</source>
            <translation>“%1” 프로필이 없습니다(parley-cli profiles 참고).</translation>
        </message>
        <message>
            <source>no key is stored for “%1”: run parley-cli key set "%1".</source>
            <translation>“%1”에 저장된 키가 없습니다. parley-cli key set "%1"을 실행하세요.</translation>
        </message>
        <message>
            <source>the keychain is not available (%1); give the profile an environment variable for its key.</source>
            <translation>키체인을 사용할 수 없습니다(%1). 프로필에 키를 담은 환경 변수를 지정하세요.</translation>
        </message>
        <message>
            <source>Send the key even over plain http:// to a host that is not this computer, where anyone on the way can read it. Without it, parley-cli refuses.</source>
            <translation>이 컴퓨터가 아닌 호스트로 암호화되지 않은 http://를 통해서도 키를 보냅니다. 그러면 중간의 누구나 키를 읽을 수 있습니다. 이 옵션이 없으면 parley-cli는 보내지 않습니다.</translation>
        </message>
        <message>
            <source>Write the server's and the model's text to a terminal as it is, control characters and escape sequences included (they are shown visibly otherwise).</source>
            <translation>서버와 모델의 텍스트를 제어 문자와 이스케이프 시퀀스까지 그대로 터미널에 씁니다(이 옵션이 없으면 보이는 형태로 표시합니다).</translation>
        </message>
        <message>
            <source>refused: the key would go over plain http:// to %1, which is not this computer, where anyone on the way can read it. Use https://, or pass --allow-insecure-http to send it anyway.</source>
            <translation>거부했습니다: 키가 암호화되지 않은 http://로 이 컴퓨터가 아닌 %1에 전송되어 중간의 누구나 읽을 수 있습니다. https://를 쓰거나, 그래도 보내려면 --allow-insecure-http를 지정하세요.</translation>
        </message>
        <message>
            <source>--base-url must not carry a password or a key (user:password@ or a key= parameter): put the key in an environment variable and name it with --api-key-env, or store it with parley-cli key set.</source>
            <translation>--base-url에 비밀번호나 키(user:password@ 또는 key= 매개변수)를 넣으면 안 됩니다. 키는 환경 변수에 넣고 --api-key-env로 지정하거나 parley-cli key set으로 저장하세요.</translation>
        </message>
        <message>
            <source>an import changed where “%1” sends its key; its stored key is held back until you confirm it in Parley's window, or store a new one with parley-cli key set "%1".</source>
            <translation>가져오기로 “%1”의 키가 전송되는 곳이 바뀌었습니다. Parley 창에서 확인하거나 parley-cli key set "%1"로 새 키를 저장할 때까지 저장된 키를 쓰지 않습니다.</translation>
        </message>
        <message>
            <source>Usage: parley-cli COMMAND [OPTIONS]

Commands:
  chat [PROMPT|-]    Stream a reply to standard output (the demo provider without --base-url)
  compare [PROMPT|-] Send one prompt to several models at once (--model M --model M2 ...) and compare them
  models             List a provider's models
  inspect [FILE|-]   Print each event of a text/event-stream as a JSON line (--url for a live endpoint)
  serve-demo         Run the built-in demo provider on its own
  profiles           List the provider profiles
  key set|delete P   Store (from standard input) or delete profile P's key in the keychain

Options:
  -h, --help         Show this help; COMMAND --help shows a command's options
  -v, --version      Show the version
</source>
            <translation>사용법: parley-cli 명령 [옵션]

명령:
  chat [프롬프트|-]  답변을 표준 출력에 스트리밍합니다(--base-url이 없으면 데모 제공자)
  compare [PROMPT|-] 하나의 프롬프트를 여러 모델에 동시에 보내 비교합니다(--model M --model M2 ...)
  models             제공자의 모델 목록을 보여 줍니다
  inspect [파일|-]   text/event-stream의 각 이벤트를 JSON 한 줄로 출력합니다(실시간 엔드포인트는 --url)
  serve-demo         내장 데모 제공자만 따로 실행합니다
  profiles           제공자 프로필 목록을 보여 줍니다
  key set|delete P   프로필 P의 키를 키체인에 저장(표준 입력에서)하거나 삭제합니다

옵션:
  -h, --help         이 도움말을 표시합니다. 명령 --help는 해당 명령의 옵션을 보여 줍니다
  -v, --version      버전을 표시합니다
</translation>
        </message>
        <message>
            <source>A system prompt.</source>
            <translation>시스템 프롬프트.</translation>
        </message>
        <message>
            <source>Sampling temperature, 0 to 2.</source>
            <translation>샘플링 온도, 0~2.</translation>
        </message>
        <message>
            <source>Nucleus sampling, 0 to 1.</source>
            <translation>뉴클리어스 샘플링(top-p), 0~1.</translation>
        </message>
        <message>
            <source>The most tokens to generate.</source>
            <translation>생성할 최대 토큰 수.</translation>
        </message>
        <message>
            <source>The prompt; - or nothing reads standard input.</source>
            <translation>프롬프트. - 이거나 생략하면 표준 입력을 읽습니다.</translation>
        </message>
        <message>
            <source>--temperature takes a number from 0 to 2.</source>
            <translation>--temperature에는 0부터 2까지의 숫자를 지정하세요.</translation>
        </message>
        <message>
            <source>--top-p takes a number from 0 to 1.</source>
            <translation>--top-p에는 0부터 1까지의 숫자를 지정하세요.</translation>
        </message>
        <message>
            <source>--max-tokens takes a positive number.</source>
            <translation>--max-tokens에는 양수를 지정하세요.</translation>
        </message>
        <message>
            <source>give a prompt, or pipe one in.</source>
            <translation>프롬프트를 인수로 주거나 파이프로 넣으세요.</translation>
        </message>
    </context>
    <context>
        <name>CompareCommand</name>
        <message>
            <source>complete</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>불완전</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>state</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>first token</source>
            <translation>첫 토큰</translation>
        </message>
        <message>
            <source>tokens/s</source>
            <translation>토큰/초</translation>
        </message>
        <message>
            <source>output tokens</source>
            <translation>출력 토큰</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>비용</translation>
        </message>
        <message>
            <source>finish</source>
            <translation>종료 이유</translation>
        </message>
        <message>
            <source>Sends one prompt to several models at once and, when all have answered, shows how each did. --model M@PROFILE takes a model from another profile.</source>
            <translation>하나의 프롬프트를 여러 모델에 동시에 보내고, 모두 답하면 각각의 결과를 보여 줍니다. --model M@PROFILE은 다른 프로필의 모델을 씁니다.</translation>
        </message>
        <message>
            <source>A model to compare; give it once per lane, up to %1 times (MODEL or MODEL@PROFILE).</source>
            <translation>비교할 모델. 레인마다 한 번씩, 최대 %1번 지정합니다(MODEL 또는 MODEL@PROFILE).</translation>
        </message>
        <message>
            <source>Print one JSON object per lane per line.</source>
            <translation>레인마다 한 줄에 JSON 객체 하나를 출력합니다.</translation>
        </message>
        <message>
            <source>give at least one --model.</source>
            <translation>--model을 하나 이상 지정하세요.</translation>
        </message>
        <message>
            <source>compare takes at most %1 models.</source>
            <translation>compare는 모델을 최대 %1개까지 받습니다.</translation>
        </message>
        <message>
            <source>refused: the key of %1 would go over plain http:// to %2. Use https://, or pass --allow-insecure-http.</source>
            <translation>거부됨: %1의 키가 암호화되지 않은 http://로 %2에 전송됩니다. https://를 쓰거나 --allow-insecure-http를 지정하세요.</translation>
        </message>
        <message>
            <source>--model needs a name before the @.</source>
            <translation>--model에는 @ 앞에 이름이 있어야 합니다.</translation>
        </message>
        <message>
            <source>(%1: %2)</source>
            <translation>(%1: %2)</translation>
        </message>
    </context>
    <context>
        <name>CompareLane</name>
        <message>
            <source>Built-in demo provider</source>
            <translation>내장 데모 제공자</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>실패: %1</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>incomplete: %1</source>
            <translation>불완전: %1</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>불완전</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>준비됨</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>대기 중</translation>
        </message>
        <message>
            <source>waiting for the first token</source>
            <translation>첫 토큰을 기다리는 중</translation>
        </message>
        <message numerus="yes">
            <source>retrying in %n s</source>
            <translation>
                <numerusform>%n초 후 다시 시도</numerusform>
            </translation>
        </message>
        <message>
            <source>streaming</source>
            <translation>스트리밍 중</translation>
        </message>
        <message>
            <source>first token %1 ms</source>
            <translation>첫 토큰 %1ms</translation>
        </message>
        <message>
            <source>first token –</source>
            <translation>첫 토큰 –</translation>
        </message>
        <message>
            <source>%1 tokens/s</source>
            <translation>초당 %1토큰</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1초</translation>
        </message>
        <message numerus="yes">
            <source>≈%n token(s)</source>
            <translation>
                <numerusform>≈%n토큰</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n토큰</numerusform>
            </translation>
        </message>
        <message>
            <source>Model %1</source>
            <translation>모델 %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>default</source>
            <translation>기본값</translation>
        </message>
        <message>
            <source>Temperature for this lane</source>
            <translation>이 레인의 온도</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>중지</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>왼쪽으로 이동</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>오른쪽으로 이동</translation>
        </message>
        <message>
            <source>Remove this lane</source>
            <translation>이 레인 제거</translation>
        </message>
        <message>
            <source>Continue in chat</source>
            <translation>채팅에서 계속</translation>
        </message>
        <message>
            <source>Go on with this lane's thread as a normal conversation in the main window</source>
            <translation>이 레인의 대화를 기본 창에서 일반 대화로 이어 갑니다</translation>
        </message>
        <message>
            <source>the default system prompt</source>
            <translation>기본 시스템 프롬프트</translation>
        </message>
        <message>
            <source>top_p:</source>
            <translation>top_p:</translation>
        </message>
        <message>
            <source>max_tokens:</source>
            <translation>max_tokens:</translation>
        </message>
        <message>
            <source>System prompt:</source>
            <translation>시스템 프롬프트:</translation>
        </message>
        <message>
            <source>top_p, max_tokens and the system prompt for this lane</source>
            <translation>이 레인의 top_p, max_tokens, 시스템 프롬프트</translation>
        </message>
        <message>
            <source>%1: %2 · %3</source>
            <translation>%1: %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>no model chosen</source>
            <translation>선택한 모델이 없습니다</translation>
        </message>
        <message>
            <source>its key would go over plain http; use the profile once in the main window and confirm it there</source>
            <translation>키가 암호화되지 않은 http로 전송됩니다. 기본 창에서 이 프로필을 한 번 사용해 확인하세요</translation>
        </message>
        <message>
            <source>its profile is gone</source>
            <translation>프로필이 없어졌습니다</translation>
        </message>
        <message>
            <source>Fastest first token: %1 (%2 ms)</source>
            <translation>가장 빠른 첫 토큰: %1(%2ms)</translation>
        </message>
        <message>
            <source>Highest rate: %1 (%2 tokens/s)</source>
            <translation>가장 높은 속도: %1(초당 %2토큰)</translation>
        </message>
        <message>
            <source>Cheapest: %1 ($%2)</source>
            <translation>가장 저렴함: %1($%2)</translation>
        </message>
        <message>
            <source>Longest answer: %1</source>
            <translation>가장 긴 답변: %1</translation>
        </message>
        <message>
            <source>Compare models</source>
            <translation>모델 비교</translation>
        </message>
        <message>
            <source>One message to every model — Enter sends</source>
            <translation>모든 모델에 보낼 메시지 — Enter로 보냅니다</translation>
        </message>
        <message>
            <source>Send to all</source>
            <translation>모두에게 보내기</translation>
        </message>
        <message>
            <source>Stop all</source>
            <translation>모두 중지</translation>
        </message>
        <message>
            <source>Add a model</source>
            <translation>모델 추가</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>격자</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>열</translation>
        </message>
        <message>
            <source>Switch between columns and a grid</source>
            <translation>열과 격자 배치를 전환합니다</translation>
        </message>
        <message>
            <source>Export comparison</source>
            <translation>비교 내보내기</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>비교</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>마크다운 (*.md)</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>%1(으)로 내보냈습니다.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>First token</source>
            <translation>첫 토큰</translation>
        </message>
        <message>
            <source>Tokens/s</source>
            <translation>토큰/초</translation>
        </message>
        <message>
            <source>Output tokens</source>
            <translation>출력 토큰</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>비용</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>종료 이유</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>불완전</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>You</source>
            <translation>나</translation>
        </message>
        <message>
            <source>Could not export to %1: %2</source>
            <translation>%1(으)로 내보낼 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <source>Save the comparison as Markdown: the metrics, then every answer</source>
            <translation>비교를 마크다운으로 저장합니다: 지표와 모든 답변</translation>
        </message>
        <message>
            <source>There is nothing to vote on yet: a blind comparison is voted on once every lane has ended.</source>
            <translation>아직 투표할 수 없습니다. 블라인드 비교는 모든 레인이 끝난 뒤에 투표합니다.</translation>
        </message>
        <message>
            <source>Pick one of the lanes as the best.</source>
            <translation>가장 좋은 레인을 하나 고르세요.</translation>
        </message>
        <message>
            <source>Could not save the vote: the history is not open.</source>
            <translation>투표를 저장하지 못했습니다: 기록이 열려 있지 않습니다.</translation>
        </message>
        <message>
            <source>Could not save the vote: %1</source>
            <translation>투표를 저장하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>You chose %1: %2.</source>
            <translation>%1을(를) 골랐습니다: %2.</translation>
        </message>
        <message>
            <source>You called it a tie.</source>
            <translation>무승부로 정했습니다.</translation>
        </message>
        <message>
            <source>You found every answer bad.</source>
            <translation>모든 답변이 좋지 않다고 정했습니다.</translation>
        </message>
        <message>
            <source>A lane set needs a name.</source>
            <translation>레인 세트에는 이름이 필요합니다.</translation>
        </message>
        <message>
            <source>A lane set needs a name and at least one lane.</source>
            <translation>레인 세트에는 이름과 레인이 하나 이상 필요합니다.</translation>
        </message>
        <message>
            <source>A comparison under way keeps its lanes: open a new comparison to use “%1”.</source>
            <translation>진행 중인 비교는 레인을 바꾸지 않습니다. “%1”을(를) 쓰려면 새 비교를 여세요.</translation>
        </message>
        <message>
            <source>There is no lane set named “%1”.</source>
            <translation>“%1”(이)라는 레인 세트가 없습니다.</translation>
        </message>
        <message>
            <source>Lane set “%1” restored, but the provider of %2 is gone: choose another for those lanes.</source>
            <translation>레인 세트 “%1”을(를) 불러왔지만 %2의 제공자가 없어졌습니다. 그 레인에는 다른 제공자를 고르세요.</translation>
        </message>
        <message>
            <source>Save lane set</source>
            <translation>레인 세트 저장</translation>
        </message>
        <message>
            <source>Name of this lane set:</source>
            <translation>이 레인 세트의 이름:</translation>
        </message>
        <message>
            <source>Lanes saved as “%1”.</source>
            <translation>레인을 “%1”(으)로 저장했습니다.</translation>
        </message>
        <message>
            <source>Model %1</source>
            <translation>모델 %1</translation>
        </message>
        <message>
            <source>Lane set “%1” restored.</source>
            <translation>레인 세트 “%1”을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <source>Lane set “%1” deleted.</source>
            <translation>레인 세트 “%1”을(를) 삭제했습니다.</translation>
        </message>
        <message>
            <source>Blind</source>
            <translation>블라인드</translation>
        </message>
        <message>
            <source>Shuffle the lanes and hide their models behind A, B, C… until you pick the best answer</source>
            <translation>가장 좋은 답변을 고를 때까지 레인을 섞고 모델을 A, B, C…로 가립니다</translation>
        </message>
        <message>
            <source>Votes…</source>
            <translation>투표 결과…</translation>
        </message>
        <message>
            <source>Each model's wins, losses and ties in blind comparisons</source>
            <translation>블라인드 비교에서 모델별 승, 패, 무승부</translation>
        </message>
        <message>
            <source>Lane sets</source>
            <translation>레인 세트</translation>
        </message>
        <message>
            <source>Save these lanes by name, or bring back saved ones</source>
            <translation>이 레인을 이름으로 저장하거나 저장한 레인을 불러옵니다</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Message the model — Enter sends, Shift+Enter for a new line</source>
            <translation>모델에게 메시지 보내기 — Enter로 전송, Shift+Enter로 줄 바꿈</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>중지</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>보내기</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>답변 중지(Esc)</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>보내기(Enter)</translation>
        </message>
        <message>
            <source>The model that answers</source>
            <translation>답변할 모델</translation>
        </message>
        <message>
            <source>%1 (not listed)</source>
            <translation>%1 (목록에 없음)</translation>
        </message>
        <message>
            <source>The provider does not list this model.</source>
            <translation>제공자의 모델 목록에 없는 모델입니다.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>비교</translation>
        </message>
        <message>
            <source>Send this message to several models side by side (Ctrl+Shift+M)</source>
            <translation>이 메시지를 여러 모델에 나란히 보냅니다(Ctrl+Shift+M)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <source>Not tested: the key is not sent over plain http without your yes.</source>
            <translation>시험하지 않음: 동의 없이는 키를 암호화되지 않은 http로 보내지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Connected. The provider lists %n model(s).</source>
            <translation>
                <numerusform>연결되었습니다. 제공자가 모델 %n개를 제공합니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fetched %n model(s).</source>
            <translation>
                <numerusform>모델 %n개를 가져왔습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Connected, but the provider has no model list. Add its models by hand.</source>
            <translation>연결되었지만 제공자에 모델 목록이 없습니다. 모델을 직접 추가하세요.</translation>
        </message>
        <message>
            <source>Invalid key. %1</source>
            <translation>잘못된 키. %1</translation>
        </message>
        <message>
            <source>TLS problem. %1</source>
            <translation>TLS 문제. %1</translation>
        </message>
        <message>
            <source>Unreachable. %1</source>
            <translation>연결할 수 없음. %1</translation>
        </message>
    </context>
    <context>
        <name>ConversationFiles</name>
        <message>
            <source>Could not export to %1: %2</source>
            <translation>%1(으)로 내보낼 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1을(를) 열 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>대화 내보내기</translation>
        </message>
        <message>
            <source>Parley conversation (*.json)</source>
            <translation>Parley 대화 (*.json)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>마크다운 (*.md)</translation>
        </message>
        <message>
            <source>Import conversation</source>
            <translation>대화 가져오기</translation>
        </message>
    </context>
    <context>
        <name>ConversationList</name>
        <message>
            <source>Untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <source>No messages match “%1”.</source>
            <translation>“%1”와(과) 일치하는 메시지가 없습니다.</translation>
        </message>
        <message>
            <source>Rename conversation</source>
            <translation>대화 이름 바꾸기</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>제목:</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>이름 바꾸기…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Search all conversations (Ctrl+K)</source>
            <translation>모든 대화 검색(Ctrl+K)</translation>
        </message>
        <message>
            <source>Conversation deleted.</source>
            <translation>대화를 삭제했습니다.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
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
        <name>DataPage</name>
        <message>
            <source>Clear the history?</source>
            <translation>기록을 지울까요?</translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n conversation(s) for good? This cannot be undone.</source>
            <translation>
                <numerusform>대화 %n개를 모두 영구히 삭제할까요? 되돌릴 수 없습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <source>History</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <source>Clear history…</source>
            <translation>기록 지우기…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Export your providers, models, prices and preferences to a file, to import them on another computer. Keys are never exported: you are asked for them after an import.</source>
            <translation>제공자, 모델, 가격, 환경설정을 파일로 내보내 다른 컴퓨터에서 가져올 수 있습니다. 키는 절대 내보내지 않으며, 가져온 뒤에 키를 입력하라는 요청을 받습니다.</translation>
        </message>
        <message>
            <source>Export settings…</source>
            <translation>설정 내보내기…</translation>
        </message>
        <message>
            <source>Import settings…</source>
            <translation>설정 가져오기…</translation>
        </message>
        <message>
            <source>In memory only: the history file could not be opened.</source>
            <translation>메모리에만 보관 중: 기록 파일을 열 수 없었습니다.</translation>
        </message>
        <message>
            <source>Conversations are kept in %1</source>
            <translation>대화는 %1에 보관됩니다</translation>
        </message>
        <message>
            <source>The history is cleared.</source>
            <translation>기록을 지웠습니다.</translation>
        </message>
    </context>
    <context>
        <name>HistoryStore</name>
        <message>
            <source>You</source>
            <translation>나</translation>
        </message>
        <message>
            <source>System</source>
            <translation>시스템</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>어시스턴트</translation>
        </message>
        <message>
            <source>Could not create the folder %1 for the history. Check that it is writable.</source>
            <translation>기록을 저장할 폴더 %1을(를) 만들 수 없습니다. 쓰기 권한을 확인하세요.</translation>
        </message>
        <message>
            <source>Could not open the history at %1: %2</source>
            <translation>%1의 기록을 열 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Could not prepare the history</source>
            <translation>기록을 준비할 수 없습니다</translation>
        </message>
        <message>
            <source>%1: the disk is full. Free some space; the conversation stays on screen and is saved once there is room.</source>
            <translation>%1: 디스크가 가득 찼습니다. 공간을 확보하세요. 대화는 화면에 그대로 있으며 공간이 생기면 저장됩니다.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Could not read the history</source>
            <translation>기록을 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>The history at %1 was written by a newer version of Parley. Update Parley to open it.</source>
            <translation>%1의 기록은 더 새로운 버전의 Parley가 만들었습니다. 열려면 Parley를 업데이트하세요.</translation>
        </message>
        <message>
            <source>Could not update the history</source>
            <translation>기록을 업데이트할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not update the history to version %1</source>
            <translation>기록을 버전 %1(으)로 업데이트할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not save the new conversation</source>
            <translation>새 대화를 저장할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not rename the conversation</source>
            <translation>대화 이름을 바꿀 수 없습니다</translation>
        </message>
        <message>
            <source>Could not save the conversation</source>
            <translation>대화를 저장할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not delete the conversation</source>
            <translation>대화를 삭제할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not restore the conversation</source>
            <translation>대화를 복원할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not delete conversations</source>
            <translation>대화를 삭제할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not read the conversation: %1</source>
            <translation>대화를 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>message %1 has an unknown role</source>
            <translation>메시지 %1의 역할을 알 수 없습니다</translation>
        </message>
        <message>
            <source>message %1 has an unknown state</source>
            <translation>메시지 %1의 상태를 알 수 없습니다</translation>
        </message>
        <message>
            <source>message %1 belongs to a missing message</source>
            <translation>메시지 %1이(가) 없는 메시지에 속해 있습니다</translation>
        </message>
        <message>
            <source>message %1 has unreadable text</source>
            <translation>메시지 %1의 텍스트를 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>The history is not open.</source>
            <translation>기록이 열려 있지 않습니다.</translation>
        </message>
        <message>
            <source>Could not save the message</source>
            <translation>메시지를 저장할 수 없습니다</translation>
        </message>
        <message>
            <source>Could not save the reply</source>
            <translation>답변을 저장할 수 없습니다</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>This file is not a Parley conversation export.</source>
            <translation>이 파일은 Parley에서 내보낸 대화가 아닙니다.</translation>
        </message>
        <message>
            <source>This conversation was exported by a newer version of Parley.</source>
            <translation>이 대화는 더 새로운 버전의 Parley에서 내보냈습니다.</translation>
        </message>
        <message>
            <source>Could not import the conversation</source>
            <translation>대화를 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>The conversation file is damaged at message %1.</source>
            <translation>대화 파일의 %1번째 메시지가 손상되었습니다.</translation>
        </message>
        <message>
            <source>Could not clear the history</source>
            <translation>기록을 지울 수 없습니다</translation>
        </message>
        <message>
            <source>%1: the history file or its folder is read-only (%2). Make it writable; the conversation stays on screen and is saved as soon as it is.</source>
            <translation>%1: 기록 파일이나 그 폴더가 읽기 전용입니다(%2). 쓸 수 있게 바꾸세요. 대화는 화면에 남아 있고, 쓸 수 있게 되는 대로 저장됩니다.</translation>
        </message>
        <message>
            <source>Could not save the vote</source>
            <translation>투표를 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Could not clear the votes</source>
            <translation>투표를 지우지 못했습니다</translation>
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
        <message>
            <source>parley-cli inspect: the stream was cut: %1</source>
            <translation>parley-cli inspect: 스트림이 끊겼습니다: %1</translation>
        </message>
        <message>
            <source>Read a live endpoint instead of a file: GET, or POST with --data.</source>
            <translation>파일 대신 실시간 엔드포인트를 읽습니다. GET, 또는 --data와 함께 POST.</translation>
        </message>
        <message>
            <source>A JSON body to POST, or @FILE to read it from a file.</source>
            <translation>POST할 JSON 본문, 또는 파일에서 읽으려면 @파일.</translation>
        </message>
        <message>
            <source>An extra request header, "Name: value" (repeatable).</source>
            <translation>추가 요청 헤더 "이름: 값"(여러 번 지정 가능).</translation>
        </message>
        <message>
            <source>Send the key in this environment variable as a Bearer token.</source>
            <translation>이 환경 변수에 든 키를 Bearer 토큰으로 보냅니다.</translation>
        </message>
        <message>
            <source>parley-cli inspect: --url takes an http:// or https:// URL, and no FILE.</source>
            <translation>parley-cli inspect: --url에는 http:// 또는 https:// URL을 지정하고, 파일은 지정하지 마세요.</translation>
        </message>
        <message>
            <source>parley-cli inspect: --header takes "Name: value".</source>
            <translation>parley-cli inspect: --header에는 "이름: 값"을 지정하세요.</translation>
        </message>
    </context>
    <context>
        <name>KeyInClearPrompt</name>
        <message>
            <source>Send the key unencrypted?</source>
            <translation>키를 암호화하지 않고 보낼까요?</translation>
        </message>
        <message>
            <source>Use https:// if the provider offers it. Send the key anyway?</source>
            <translation>제공자가 지원하면 https://를 쓰세요. 그래도 키를 보낼까요?</translation>
        </message>
    </context>
    <context>
        <name>KeyPrompt</name>
        <message>
            <source>API key for %1</source>
            <translation>%1의 API 키</translation>
        </message>
        <message>
            <source>No key is stored for %1. Enter its API key; it is kept in the system keychain, never in a file.</source>
            <translation>%1의 키가 저장되어 있지 않습니다. API 키를 입력하세요. 키는 파일이 아닌 시스템 키체인에만 보관됩니다.</translation>
        </message>
        <message>
            <source>The keychain is not available (%1). Enter the API key for %2 to use it until Parley quits; it is not saved anywhere.</source>
            <translation>키체인을 사용할 수 없습니다(%1). %2의 API 키를 입력하면 Parley를 끝낼 때까지만 사용하며, 어디에도 저장하지 않습니다.</translation>
        </message>
        <message>
            <source>Use this key</source>
            <translation>이 키 사용</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>No key was given for %1.</source>
            <translation>%1의 키를 입력하지 않았습니다.</translation>
        </message>
        <message>
            <source>No key was given.</source>
            <translation>키를 입력하지 않았습니다.</translation>
        </message>
        <message>
            <source>The keychain did not take the key (%1); it is used for this session only.</source>
            <translation>키체인이 키를 받아들이지 않았습니다(%1). 이번 세션에서만 사용합니다.</translation>
        </message>
    </context>
    <context>
        <name>LaneSetMenu</name>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Save these lanes…</source>
            <translation>이 레인 저장…</translation>
        </message>
        <message>
            <source>Saved lane sets</source>
            <translation>저장된 레인 세트</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2의 %1</translation>
        </message>
        <message>
            <source>the demo</source>
            <translation>데모</translation>
        </message>
        <message>
            <source>%1 (its provider is gone)</source>
            <translation>%1 (제공자가 없어짐)</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>언어:</translation>
        </message>
        <message>
            <source>The system's language (%1)</source>
            <translation>시스템 언어(%1)</translation>
        </message>
        <message>
            <source>The window switches as soon as you apply. Parley speaks English and Korean; for other system languages it uses English.</source>
            <translation>적용하는 즉시 창의 언어가 바뀝니다. Parley는 영어와 한국어를 지원하며, 그 밖의 시스템 언어에서는 영어를 사용합니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Parley</source>
            <translation>Parley</translation>
        </message>
        <message>
            <source>Copied the code.</source>
            <translation>코드를 복사했습니다.</translation>
        </message>
        <message>
            <source>Link not opened</source>
            <translation>링크를 열지 않았습니다</translation>
        </message>
        <message>
            <source>Parley opens only web links (http and https). This link uses “%1”:

%2</source>
            <translation>Parley는 웹 링크(http, https)만 엽니다. 이 링크는 “%1”을(를) 사용합니다:

%2</translation>
        </message>
        <message>
            <source>Open link?</source>
            <translation>링크를 열까요?</translation>
        </message>
        <message>
            <source>Open this link in your browser?

Host: %1
Address: %2</source>
            <translation>이 링크를 브라우저에서 열까요?

호스트: %1
주소: %2</translation>
        </message>
        <message>
            <source>Edit message</source>
            <translation>메시지 편집</translation>
        </message>
        <message>
            <source>The old version stays; the new one is sent as a new branch.</source>
            <translation>이전 버전은 그대로 남고, 새 버전은 새 분기로 보내집니다.</translation>
        </message>
        <message>
            <source>Copied the last reply.</source>
            <translation>마지막 답변을 복사했습니다.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>%1(으)로 내보냈습니다.</translation>
        </message>
        <message>
            <source>Open a conversation to export it.</source>
            <translation>내보낼 대화를 먼저 여세요.</translation>
        </message>
        <message>
            <source>&amp;Conversation</source>
            <translation>대화(&amp;C)</translation>
        </message>
        <message>
            <source>Export as &amp;Markdown…</source>
            <translation>마크다운으로 내보내기(&amp;M)…</translation>
        </message>
        <message>
            <source>Export as &amp;JSON…</source>
            <translation>JSON으로 내보내기(&amp;J)…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>The keychain is not available (%1), so the proxy password cannot be read. Enter it in Settings, Network, to use it for this session.</source>
            <translation>키체인을 사용할 수 없어(%1) 프록시 비밀번호를 읽을 수 없습니다. 이번 세션에만 쓰려면 설정의 네트워크에서 입력하세요.</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>설정(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>보내지 않음: %1</translation>
        </message>
        <message>
            <source>&amp;Compare models…</source>
            <translation>모델 비교(&amp;C)…</translation>
        </message>
        <message>
            <source>Not sent: your message is back in the text box.</source>
            <translation>보내지 않았습니다. 메시지를 입력란에 되돌려 두었습니다.</translation>
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
            <translation>Enter	보내기
Shift+Enter	줄 바꿈
Esc	답변 멈추기, 또는 기다리는 메시지 되돌리기
Ctrl+N	새 대화
Ctrl+F, Ctrl+K	모든 대화 검색
Ctrl+Shift+C	마지막 답변 복사
Ctrl+,	설정
F1	이 목록</translation>
        </message>
    </context>
    <context>
        <name>ModelsCommand</name>
        <message>
            <source>Lists the models of a provider (GET {base}/models), one id per line. Without --base-url, the demo provider's.</source>
            <translation>제공자의 모델을 한 줄에 하나씩 나열합니다(GET {base}/models). --base-url이 없으면 데모 제공자의 모델입니다.</translation>
        </message>
        <message>
            <source>This provider has no model list at %1; type the model name yourself.</source>
            <translation>이 제공자는 %1에 모델 목록이 없습니다. 모델 이름을 직접 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>ModelsPage</name>
        <message>
            <source>Models and defaults</source>
            <translation>모델과 기본값</translation>
        </message>
        <message>
            <source>Provider for new chats:</source>
            <translation>새 대화의 제공자:</translation>
        </message>
        <message>
            <source>Default model:</source>
            <translation>기본 모델:</translation>
        </message>
        <message>
            <source>System prompt:</source>
            <translation>시스템 프롬프트:</translation>
        </message>
        <message>
            <source>Instructions sent at the start of every conversation (optional)</source>
            <translation>모든 대화의 시작에 보내는 지시(선택)</translation>
        </message>
        <message>
            <source>Temperature (0–2):</source>
            <translation>Temperature (0–2):</translation>
        </message>
        <message>
            <source>Top P (0–1):</source>
            <translation>Top P (0–1):</translation>
        </message>
        <message>
            <source>Max tokens (1–10,000,000):</source>
            <translation>최대 토큰 (1–10,000,000):</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>지정</translation>
        </message>
        <message>
            <source>When not set, the provider's default is used.</source>
            <translation>지정하지 않으면 제공자의 기본값을 씁니다.</translation>
        </message>
        <message>
            <source>Prices in US dollars per million tokens:</source>
            <translation>백만 토큰당 가격(미국 달러):</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>입력</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>추정</translation>
        </message>
        <message>
            <source>Prices marked as estimates were seeded by Parley: check them against the provider's price list.</source>
            <translation>추정으로 표시된 가격은 Parley가 미리 넣어 둔 값입니다. 제공자의 가격표와 비교해 확인하세요.</translation>
        </message>
        <message>
            <source>Add price</source>
            <translation>가격 추가</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Built-in demo provider</source>
            <translation>내장 데모 제공자</translation>
        </message>
        <message>
            <source>Row %1: name the model.</source>
            <translation>%1행: 모델 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Row %1: a price is a number of dollars, 0 or more, such as 2.50.</source>
            <translation>%1행: 가격은 2.50처럼 0 이상의 달러 금액이어야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <source>Connect timeout:</source>
            <translation>연결 제한 시간:</translation>
        </message>
        <message>
            <source>First reply timeout:</source>
            <translation>첫 응답 제한 시간:</translation>
        </message>
        <message>
            <source>Idle timeout:</source>
            <translation>유휴 제한 시간:</translation>
        </message>
        <message>
            <source> s</source>
            <translation>초</translation>
        </message>
        <message>
            <source>How long to wait for the connection and the request to be sent (1 to 600 seconds).</source>
            <translation>연결하고 요청을 보낼 때까지 기다리는 시간(1–600초).</translation>
        </message>
        <message>
            <source>How long the provider may think before its first byte (1 to 3600 seconds).</source>
            <translation>제공자가 첫 바이트를 보내기 전까지 생각할 수 있는 시간(1–3600초).</translation>
        </message>
        <message>
            <source>How long a reply may pause once it has started (1 to 3600 seconds).</source>
            <translation>답변이 시작된 뒤 멈춰 있을 수 있는 시간(1–3600초).</translation>
        </message>
        <message>
            <source>Retries:</source>
            <translation>재시도:</translation>
        </message>
        <message>
            <source>Retries after a network error, a rate limit or a server error, before the first token only (0 to 10).</source>
            <translation>네트워크 오류, 요청 한도, 서버 오류 뒤의 재시도 횟수이며, 첫 토큰 전에만 재시도합니다(0–10).</translation>
        </message>
        <message>
            <source>Replies at once per provider:</source>
            <translation>제공자별 동시 답변 수:</translation>
        </message>
        <message>
            <source>Proxy:</source>
            <translation>프록시:</translation>
        </message>
        <message>
            <source>The system's settings</source>
            <translation>시스템 설정</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>프록시 없음</translation>
        </message>
        <message>
            <source>HTTP proxy</source>
            <translation>HTTP 프록시</translation>
        </message>
        <message>
            <source>SOCKS5 proxy</source>
            <translation>SOCKS5 프록시</translation>
        </message>
        <message>
            <source>Proxy host:</source>
            <translation>프록시 호스트:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>포트:</translation>
        </message>
        <message>
            <source>User (optional):</source>
            <translation>사용자(선택):</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>비밀번호:</translation>
        </message>
        <message>
            <source>Go direct to:</source>
            <translation>직접 연결할 곳:</translation>
        </message>
        <message>
            <source>Hosts, *.domains and subnets such as 10.0.0.0/8, separated by commas. Keep localhost here for servers on this computer.</source>
            <translation>호스트, *.도메인, 10.0.0.0/8 같은 서브넷을 쉼표로 구분해 적습니다. 이 컴퓨터의 서버를 위해 localhost는 남겨 두세요.</translation>
        </message>
        <message>
            <source>•••••••• (stored)</source>
            <translation>•••••••• (저장됨)</translation>
        </message>
        <message>
            <source>Kept only in the keychain.</source>
            <translation>키체인에만 보관됩니다.</translation>
        </message>
        <message>
            <source>Enter the proxy's host name or address.</source>
            <translation>프록시의 호스트 이름이나 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>Only the host name or address, such as proxy.example.com; the port goes in its own field.</source>
            <translation>proxy.example.com처럼 호스트 이름이나 주소만 입력하세요. 포트는 따로 입력합니다.</translation>
        </message>
        <message>
            <source>Not a host, domain or subnet: %1</source>
            <translation>호스트, 도메인, 서브넷이 아닙니다: %1</translation>
        </message>
    </context>
    <context>
        <name>ProfileSwitcher</name>
        <message>
            <source>Use the stored key?</source>
            <translation>저장된 키를 쓸까요?</translation>
        </message>
        <message>
            <source>Send the key stored for %1 to %2?</source>
            <translation>%1에 저장된 키를 %2(으)로 보낼까요?</translation>
        </message>
        <message>
            <source>%1 was not used: its key is not sent over plain http without your yes.</source>
            <translation>%1을(를) 사용하지 않았습니다: 동의 없이는 키를 암호화되지 않은 http로 보내지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProfilesCommand</name>
        <message>
            <source>Lists the provider profiles (the active one marked *). Keys are never shown.</source>
            <translation>제공자 프로필 목록을 보여 줍니다(사용 중인 것에 * 표시). 키는 절대 표시하지 않습니다.</translation>
        </message>
        <message>
            <source>key from $%1</source>
            <translation>$%1의 키</translation>
        </message>
        <message>
            <source>key in the keychain</source>
            <translation>키체인의 키</translation>
        </message>
        <message>
            <source>no key needed</source>
            <translation>키 필요 없음</translation>
        </message>
        <message>
            <source>(runs inside Parley)</source>
            <translation>(Parley 안에서 실행)</translation>
        </message>
        <message>
            <source>Stores a profile's API key in the OS keychain (read from standard input, without echo), or deletes it.</source>
            <translation>프로필의 API 키를 OS 키체인에 저장하거나(표준 입력에서 화면에 표시하지 않고 읽음) 삭제합니다.</translation>
        </message>
        <message>
            <source>set or delete</source>
            <translation>set 또는 delete</translation>
        </message>
        <message>
            <source>The profile's name or id.</source>
            <translation>프로필 이름 또는 ID.</translation>
        </message>
        <message>
            <source>parley-cli key: use “key set PROFILE” or “key delete PROFILE”.</source>
            <translation>parley-cli key: “key set 프로필” 또는 “key delete 프로필”로 쓰세요.</translation>
        </message>
        <message>
            <source>parley-cli key: there is no profile “%1” that takes a key (see parley-cli profiles).</source>
            <translation>parley-cli key: 키를 쓰는 “%1” 프로필이 없습니다(parley-cli profiles 참고).</translation>
        </message>
        <message>
            <source>API key for %1: </source>
            <translation>%1의 API 키: </translation>
        </message>
        <message>
            <source>parley-cli key: no key given; nothing was stored.</source>
            <translation>parley-cli key: 키를 입력하지 않아 아무것도 저장하지 않았습니다.</translation>
        </message>
        <message>
            <source>No keychain is available (%1). Nothing was written: Parley never keeps a key in a file. Set the profile to read its key from an environment variable instead.</source>
            <translation>사용할 수 있는 키체인이 없습니다(%1). 아무것도 저장하지 않았습니다. Parley는 키를 파일에 절대 저장하지 않습니다. 대신 프로필이 환경 변수에서 키를 읽도록 설정하세요.</translation>
        </message>
        <message>
            <source>The key for %1 is in the keychain.</source>
            <translation>%1의 키를 키체인에 저장했습니다.</translation>
        </message>
        <message>
            <source>The key for %1 was deleted.</source>
            <translation>%1의 키를 삭제했습니다.</translation>
        </message>
        <message>
            <source>key for this session only</source>
            <translation>이번 세션에서만 쓰는 키</translation>
        </message>
        <message>
            <source>no key stored (needed)</source>
            <translation>저장된 키 없음(필요)</translation>
        </message>
        <message>
            <source>no key stored</source>
            <translation>저장된 키 없음</translation>
        </message>
        <message>
            <source>keychain not available</source>
            <translation>키체인을 사용할 수 없음</translation>
        </message>
    </context>
    <context>
        <name>ProviderAccess</name>
        <message>
            <source>No key is stored for %1. Enter it, or add it with: parley-cli key set "%1"</source>
            <translation>%1에 저장된 키가 없습니다. 키를 입력하거나 parley-cli key set "%1"으로 추가하세요</translation>
        </message>
        <message>
            <source>The keychain is not available (%1), so the key for %2 cannot be read. Enter it for this session, or give the profile an environment variable for its key.</source>
            <translation>키체인을 사용할 수 없어(%1) %2의 키를 읽을 수 없습니다. 이번 세션에서 쓸 키를 입력하거나, 프로필에 키를 담은 환경 변수를 지정하세요.</translation>
        </message>
        <message>
            <source>%1 reads its key from the environment variable %2, which is not set.</source>
            <translation>%1은(는) 환경 변수 %2에서 키를 읽는데, 이 변수가 설정되어 있지 않습니다.</translation>
        </message>
        <message>
            <source>%1 uses plain http:// to %2, which is not this computer. Its API key would cross the network unencrypted, readable by anyone on the way.</source>
            <translation>%1은(는) 이 컴퓨터가 아닌 %2에 암호화되지 않은 http://로 연결합니다. API 키가 암호화되지 않은 채 네트워크를 지나므로 중간의 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <source>An import changed where %1 sends its key (now %2). Its stored key is not used until you confirm that it may go there, or enter a new key.</source>
            <translation>가져오기로 %1의 키가 전송되는 곳이 바뀌었습니다(지금은 %2). 그곳으로 보내도 된다고 확인하거나 새 키를 입력할 때까지 저장된 키를 쓰지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProviderProfile</name>
        <message>
            <source>Built-in demo</source>
            <translation>내장 데모</translation>
        </message>
        <message>
            <source>OpenAI-compatible gateway</source>
            <translation>OpenAI 호환 게이트웨이</translation>
        </message>
        <message>
            <source>OpenAI</source>
            <translation>OpenAI</translation>
        </message>
        <message>
            <source>DeepSeek</source>
            <translation>DeepSeek</translation>
        </message>
        <message>
            <source>OpenRouter</source>
            <translation>OpenRouter</translation>
        </message>
        <message>
            <source>Ollama on this computer</source>
            <translation>이 컴퓨터의 Ollama</translation>
        </message>
        <message>
            <source>LM Studio on this computer</source>
            <translation>이 컴퓨터의 LM Studio</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>사용자 지정</translation>
        </message>
        <message>
            <source>Give the provider a name.</source>
            <translation>제공자 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>The base URL must start with http:// or https:// and name a host, for example https://api.openai.com/v1.</source>
            <translation>기본 URL은 http:// 또는 https://로 시작하고 호스트를 포함해야 합니다. 예: https://api.openai.com/v1</translation>
        </message>
        <message>
            <source>Concurrent replies must be between 1 and 32.</source>
            <translation>동시 답변 수는 1에서 32 사이여야 합니다.</translation>
        </message>
        <message>
            <source>“%1” is not a valid header name.</source>
            <translation>“%1”은(는) 올바른 헤더 이름이 아닙니다.</translation>
        </message>
        <message>
            <source>Put the key in the key field, not in an Authorization header: headers are saved in the settings file, keys only in the keychain.</source>
            <translation>키는 Authorization 헤더가 아니라 키 입력란에 넣으세요. 헤더는 설정 파일에 저장되고, 키는 키체인에만 저장됩니다.</translation>
        </message>
        <message>
            <source>“%1” is not an environment variable name.</source>
            <translation>“%1”은(는) 환경 변수 이름이 아닙니다.</translation>
        </message>
        <message>
            <source>a provider without an id or with an unknown preset</source>
            <translation>ID가 없거나 알 수 없는 사전 설정을 쓰는 제공자</translation>
        </message>
        <message>
            <source>provider “%1”: %2</source>
            <translation>제공자 “%1”: %2</translation>
        </message>
        <message>
            <source>The header %1 looks like it carries a secret, and headers are saved in the settings file. Put the secret in the key field (it is kept in the keychain) and write %2 as the header's value.</source>
            <translation>헤더 %1에는 비밀 값이 들어가는 것 같은데, 헤더는 설정 파일에 저장됩니다. 비밀 값은 키 칸에 넣고(키체인에 보관됩니다) 헤더 값으로는 %2를 쓰세요.</translation>
        </message>
        <message>
            <source>The value of the header %1 spans several lines.</source>
            <translation>헤더 %1의 값이 여러 줄로 되어 있습니다.</translation>
        </message>
        <message>
            <source>The base URL carries a password or a key (user:password@ or a key= parameter). Remove it: put the API key in the key field, where it is kept in the keychain, and never in a URL, which is saved in the settings file and shown in messages.</source>
            <translation>기본 URL에 비밀번호나 키(user:password@ 또는 key= 매개변수)가 들어 있습니다. 지우세요. API 키는 키체인에 보관되는 키 칸에 넣고, 설정 파일에 저장되고 메시지에 표시되는 URL에는 절대 넣지 마세요.</translation>
        </message>
        <message>
            <source>%1: its key would go to %2 instead of %3</source>
            <translation>%1: 키가 %3 대신 %2(으)로 전송됩니다</translation>
        </message>
        <message>
            <source>%1: its key would come from the keychain instead of $%2</source>
            <translation>%1: 키를 $%2 대신 키체인에서 가져옵니다</translation>
        </message>
        <message>
            <source>%1: its key would be read from the variable $%2</source>
            <translation>%1: 키를 변수 $%2에서 읽습니다</translation>
        </message>
        <message>
            <source>%1: the headers sent with its key change</source>
            <translation>%1: 키와 함께 보내는 헤더가 바뀝니다</translation>
        </message>
    </context>
    <context>
        <name>ProviderSelection</name>
        <message>
            <source>The provider lists no models. Add one by hand in Settings, Providers.</source>
            <translation>제공자의 모델 목록이 비어 있습니다. 설정의 제공자에서 모델을 직접 추가하세요.</translation>
        </message>
        <message>
            <source>%1 is not one of this provider's models; it is used for this session.</source>
            <translation>%1은(는) 이 제공자의 모델이 아닙니다. 이번 세션에서만 사용합니다.</translation>
        </message>
        <message>
            <source>Built-in demo provider</source>
            <translation>내장 데모 제공자</translation>
        </message>
        <message>
            <source>%1: connecting…</source>
            <translation>%1: 연결하는 중…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n model(s)</source>
            <translation>
                <numerusform>%1: 모델 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: reading its key…</source>
            <translation>%1: 키를 읽는 중…</translation>
        </message>
        <message>
            <source>Your message waits until %1 is ready (reading its key). Esc takes it back.</source>
            <translation>%1이(가) 준비될 때까지 메시지가 기다립니다(키를 읽는 중). Esc를 누르면 되돌립니다.</translation>
        </message>
        <message>
            <source>Your message waits until the provider's models are known. Esc takes it back.</source>
            <translation>제공자의 모델 목록을 알 때까지 메시지가 기다립니다. Esc를 누르면 되돌립니다.</translation>
        </message>
    </context>
    <context>
        <name>ProvidersPage</name>
        <message>
            <source>Providers</source>
            <translation>제공자</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>Add a provider from a preset</source>
            <translation>미리 정의된 종류에서 제공자 추가</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>복제</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>이름:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>종류:</translation>
        </message>
        <message>
            <source>Base URL:</source>
            <translation>기본 URL:</translation>
        </message>
        <message>
            <source>API key:</source>
            <translation>API 키:</translation>
        </message>
        <message>
            <source>Remove stored key</source>
            <translation>저장된 키 삭제</translation>
        </message>
        <message>
            <source>Or key from variable:</source>
            <translation>또는 키를 담은 변수:</translation>
        </message>
        <message>
            <source>e.g. OPENAI_API_KEY (optional)</source>
            <translation>예: OPENAI_API_KEY (선택)</translation>
        </message>
        <message>
            <source>Extra headers:</source>
            <translation>추가 헤더:</translation>
        </message>
        <message>
            <source>Name: value, one per line</source>
            <translation>이름: 값, 한 줄에 하나씩</translation>
        </message>
        <message>
            <source>Saved in the settings file. For a header that carries the key (api-key, x-api-key), write {key} as its value.</source>
            <translation>설정 파일에 저장됩니다. 키를 담는 헤더(api-key, x-api-key)에는 값으로 {key}를 쓰세요.</translation>
        </message>
        <message>
            <source>Default model:</source>
            <translation>기본 모델:</translation>
        </message>
        <message>
            <source>Replies at once:</source>
            <translation>동시 답변 수:</translation>
        </message>
        <message>
            <source>Models from the provider:</source>
            <translation>제공자의 모델:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>Models added by hand:</source>
            <translation>직접 추가한 모델:</translation>
        </message>
        <message>
            <source>One model name per line</source>
            <translation>한 줄에 모델 이름 하나</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>연결 시험</translation>
        </message>
        <message>
            <source>The built-in demo provider answers offline with sample replies. It is always here and cannot be changed or deleted.</source>
            <translation>내장 데모 제공자는 오프라인에서 예시 답변을 보냅니다. 항상 있으며 바꾸거나 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <source>Built-in demo provider</source>
            <translation>내장 데모 제공자</translation>
        </message>
        <message>
            <source>%1 (needs a key)</source>
            <translation>%1 (키 필요)</translation>
        </message>
        <message>
            <source>None fetched yet.</source>
            <translation>아직 가져오지 않았습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s), kept for offline use.</source>
            <translation>
                <numerusform>모델 %n개, 오프라인용으로 보관됨.</numerusform>
            </translation>
        </message>
        <message>
            <source>The new key is stored in the keychain when you apply.</source>
            <translation>적용하면 새 키가 키체인에 저장됩니다.</translation>
        </message>
        <message>
            <source>The stored key is removed when you apply.</source>
            <translation>적용하면 저장된 키가 삭제됩니다.</translation>
        </message>
        <message>
            <source>The keychain is not available (%1). A key typed here is used for this session only, never saved; or name an environment variable below.</source>
            <translation>키체인을 사용할 수 없습니다(%1). 여기에 입력한 키는 이번 세션에서만 쓰고 저장하지 않습니다. 아니면 아래에 환경 변수를 지정하세요.</translation>
        </message>
        <message>
            <source>A key is set for this session only.</source>
            <translation>이번 세션에서만 쓰는 키가 있습니다.</translation>
        </message>
        <message>
            <source>A key is stored in the keychain. Type a new one to replace it.</source>
            <translation>키가 키체인에 저장되어 있습니다. 바꾸려면 새 키를 입력하세요.</translation>
        </message>
        <message>
            <source>No key is stored yet. This provider needs one.</source>
            <translation>저장된 키가 아직 없습니다. 이 제공자에는 키가 필요합니다.</translation>
        </message>
        <message>
            <source>No key is stored. A server on this computer usually needs none.</source>
            <translation>저장된 키가 없습니다. 이 컴퓨터의 서버에는 보통 필요 없습니다.</translation>
        </message>
        <message>
            <source>Asking the keychain…</source>
            <translation>키체인에 묻는 중…</translation>
        </message>
        <message>
            <source>•••••••• (stored)</source>
            <translation>•••••••• (저장됨)</translation>
        </message>
        <message>
            <source>Write each header as Name: value. This line has no colon: %1</source>
            <translation>헤더는 "이름: 값" 형식으로 쓰세요. 이 줄에 콜론이 없습니다: %1</translation>
        </message>
        <message>
            <source>Another provider is called %1. Names must differ, so that parley-cli --profile finds the right one.</source>
            <translation>다른 제공자의 이름이 이미 %1입니다. parley-cli --profile이 올바른 제공자를 찾도록 이름이 달라야 합니다.</translation>
        </message>
        <message>
            <source>Requests go to %1</source>
            <translation>요청 주소: %1</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (사본)</translation>
        </message>
        <message>
            <source>Delete provider?</source>
            <translation>제공자를 삭제할까요?</translation>
        </message>
        <message>
            <source>Delete %1? Its key is removed from the keychain too.</source>
            <translation>%1을(를) 삭제할까요? 키도 키체인에서 삭제됩니다.</translation>
        </message>
        <message>
            <source>Correct the fields marked in red first.</source>
            <translation>먼저 빨간색으로 표시된 칸을 고치세요.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>시험하는 중…</translation>
        </message>
    </context>
    <context>
        <name>ReplyError</name>
        <message>
            <source>%1 The provider said: %2</source>
            <translation>%1 제공자의 메시지: %2</translation>
        </message>
        <message>
            <source>The provider rejected the API key (HTTP 401). Check the key in the provider's settings.</source>
            <translation>제공자가 API 키를 거부했습니다(HTTP 401). 제공자 설정에서 키를 확인하세요.</translation>
        </message>
        <message>
            <source>The provider refused access (HTTP 403). Check that the API key is valid and allowed to use this model.</source>
            <translation>제공자가 접근을 거부했습니다(HTTP 403). API 키가 유효하고 이 모델을 쓸 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <source>Not found (HTTP 404): the model or the endpoint does not exist at this provider. Check the model name and the base URL.</source>
            <translation>찾을 수 없음(HTTP 404): 이 제공자에 해당 모델이나 엔드포인트가 없습니다. 모델 이름과 기본 URL을 확인하세요.</translation>
        </message>
        <message>
            <source>The provider rejected the request (HTTP %1). Check the model and the request settings.</source>
            <translation>제공자가 요청을 거부했습니다(HTTP %1). 모델과 요청 설정을 확인하세요.</translation>
        </message>
        <message>
            <source>Rate limited (HTTP 429): too many requests or tokens for now, or no credit left. Wait a moment and retry, or check the plan.</source>
            <translation>요청 한도 초과(HTTP 429): 지금은 요청이나 토큰이 너무 많거나 크레딧이 남아 있지 않습니다. 잠시 후 다시 시도하거나 요금제를 확인하세요.</translation>
        </message>
        <message>
            <source>The provider is overloaded (HTTP 529). Retry in a little while.</source>
            <translation>제공자가 과부하 상태입니다(HTTP 529). 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The provider had a server error (HTTP %1). Retry later; if it persists, the service may be down.</source>
            <translation>제공자에서 서버 오류가 났습니다(HTTP %1). 나중에 다시 시도하세요. 계속되면 서비스가 중단되었을 수 있습니다.</translation>
        </message>
        <message>
            <source>The provider answered with an unexpected HTTP status %1.</source>
            <translation>제공자가 예상하지 못한 HTTP 상태 %1(으)로 응답했습니다.</translation>
        </message>
        <message>
            <source>The provider reported an error during the reply.</source>
            <translation>답변 도중 제공자가 오류를 알렸습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Timed out connecting to the provider after %n second(s). Check the base URL and the network, or raise the connect timeout.</source>
            <translation>
                <numerusform>%n초 동안 제공자에 연결하지 못했습니다. 기본 URL과 네트워크를 확인하거나 연결 제한 시간을 늘리세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider accepted the request but sent nothing for %n second(s). It may be overloaded; retry, or raise the first-byte timeout.</source>
            <translation>
                <numerusform>제공자가 요청을 받았지만 %n초 동안 아무것도 보내지 않았습니다. 과부하일 수 있습니다. 다시 시도하거나 첫 바이트 제한 시간을 늘리세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The reply stalled: nothing arrived for %n second(s). Retry, or raise the idle timeout.</source>
            <translation>
                <numerusform>답변이 멈췄습니다. %n초 동안 아무것도 도착하지 않았습니다. 다시 시도하거나 대기 제한 시간을 늘리세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>The provider redirected the request (HTTP %1). Parley does not follow redirects with your key; check the base URL.</source>
            <translation>제공자가 요청을 다른 곳으로 보냈습니다(HTTP %1). Parley는 키를 가진 채로 리디렉션을 따라가지 않습니다. 기본 URL을 확인하세요.</translation>
        </message>
        <message>
            <source>The provider redirected the request to %1 (HTTP %2). Parley does not follow redirects with your key; if %1 is right, use it as the base URL.</source>
            <translation>제공자가 요청을 %1(으)로 보냈습니다(HTTP %2). Parley는 키를 가진 채로 리디렉션을 따라가지 않습니다. %1이(가) 맞다면 그 주소를 기본 URL로 쓰세요.</translation>
        </message>
        <message>
            <source>Could not reach the provider: %1. Check the network connection and the base URL.</source>
            <translation>제공자에 연결할 수 없습니다: %1. 네트워크 연결과 기본 URL을 확인하세요.</translation>
        </message>
        <message>
            <source>The secure connection failed: %1. Parley never sends a key over a connection it cannot verify; check the base URL, the system's certificates and the clock.</source>
            <translation>보안 연결에 실패했습니다: %1. Parley는 확인할 수 없는 연결로는 키를 절대 보내지 않습니다. 기본 URL, 시스템 인증서, 시계를 확인하세요.</translation>
        </message>
        <message>
            <source>The provider's response could not be read: %1.</source>
            <translation>제공자의 응답을 읽을 수 없습니다: %1.</translation>
        </message>
        <message>
            <source>The proxy server did not accept the user name and password (HTTP 407). Check the proxy in Settings, Network.</source>
            <translation>프록시 서버가 사용자 이름과 비밀번호를 받아들이지 않았습니다(HTTP 407). 설정의 네트워크에서 프록시를 확인하세요.</translation>
        </message>
        <message>
            <source>Not sent: the API key would cross the network unencrypted over plain http:// to %1, which is not this computer. Use https:// if the provider offers it, or confirm that the key may be sent this way.</source>
            <translation>보내지 않음: API 키가 암호화되지 않은 http://로 이 컴퓨터가 아닌 %1에 전송됩니다. 제공자가 지원하면 https://를 쓰거나, 이렇게 보내도 된다고 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>SafeMarkdown</name>
        <message>
            <source>image</source>
            <translation>이미지</translation>
        </message>
    </context>
    <context>
        <name>ServeDemoCommand</name>
        <message>
            <source>Runs Parley's built-in demo provider, an OpenAI-compatible server on 127.0.0.1, until Ctrl+C.</source>
            <translation>Parley의 내장 데모 제공자(127.0.0.1의 OpenAI 호환 서버)를 Ctrl+C를 누를 때까지 실행합니다.</translation>
        </message>
        <message>
            <source>The port to listen on (default: any free port).</source>
            <translation>사용할 포트(기본값: 비어 있는 아무 포트).</translation>
        </message>
        <message>
            <source>parley-cli serve-demo: --port takes a number from 0 to 65535.</source>
            <translation>parley-cli serve-demo: --port에는 0부터 65535까지의 숫자를 지정하세요.</translation>
        </message>
        <message>
            <source>parley-cli serve-demo: cannot listen: %1</source>
            <translation>parley-cli serve-demo: 포트를 열 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Parley demo provider at %1 (models: %2). Ctrl+C stops it.</source>
            <translation>Parley 데모 제공자: %1 (모델: %2). Ctrl+C로 멈춥니다.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>적용</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Correct what is marked on the page “%1” first.</source>
            <translation>먼저 “%1” 페이지에 표시된 곳을 고치세요.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>설정을 저장하지 못함</translation>
        </message>
        <message>
            <source>The settings could not be written: %1

They apply until Parley quits. Free some disk space or check the folder's permissions, then apply again.</source>
            <translation>설정을 기록할 수 없습니다: %1

Parley를 끝낼 때까지는 적용됩니다. 디스크 공간을 확보하거나 폴더 권한을 확인한 뒤 다시 적용하세요.</translation>
        </message>
        <message>
            <source>The keychain is not available (%1). The key is used for this session only; enter it again after a restart, or name an environment variable for it.</source>
            <translation>키체인을 사용할 수 없습니다(%1). 키는 이번 세션에서만 사용합니다. 다시 시작한 뒤 키를 다시 입력하거나, 키를 담은 환경 변수를 지정하세요.</translation>
        </message>
        <message>
            <source>The keychain is not available (%1), so a stored key could not be removed. It is not used any more.</source>
            <translation>키체인을 사용할 수 없어(%1) 저장된 키를 삭제하지 못했습니다. 그 키는 더 이상 쓰지 않습니다.</translation>
        </message>
        <message>
            <source>Could not export to %1: %2</source>
            <translation>%1(으)로 내보낼 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Settings exported to %1. Keys are not in the file.</source>
            <translation>설정을 %1(으)로 내보냈습니다. 파일에 키는 없습니다.</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1을(를) 열 수 없습니다: %2</translation>
        </message>
        <message>
            <source>New providers: %1</source>
            <translation>새 제공자: %1</translation>
        </message>
        <message>
            <source>Providers replaced: %1</source>
            <translation>바뀌는 제공자: %1</translation>
        </message>
        <message>
            <source>Preferences change.</source>
            <translation>환경설정이 바뀝니다.</translation>
        </message>
        <message>
            <source>Prices change.</source>
            <translation>가격이 바뀝니다.</translation>
        </message>
        <message>
            <source>Nothing changes: these settings are the ones in use.</source>
            <translation>바뀌는 것이 없습니다. 지금 쓰는 설정과 같습니다.</translation>
        </message>
        <message>
            <source>Skipped, because they could not be read: %1</source>
            <translation>읽을 수 없어 건너뜀: %1</translation>
        </message>
        <message numerus="yes">
            <source>Keys are never exported: you will be asked for %n key(s).</source>
            <translation>
                <numerusform>키는 내보내지 않습니다. 키 %n개를 입력하라는 요청을 받게 됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>The settings could not be written: %1</source>
            <translation>설정을 기록할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Settings imported. Enter the keys for: %1</source>
            <translation>설정을 가져왔습니다. 다음의 키를 입력하세요: %1</translation>
        </message>
        <message>
            <source>Settings imported.</source>
            <translation>설정을 가져왔습니다.</translation>
        </message>
        <message>
            <source>Export settings</source>
            <translation>설정 내보내기</translation>
        </message>
        <message>
            <source>Parley settings (*.json)</source>
            <translation>Parley 설정 (*.json)</translation>
        </message>
        <message>
            <source>Import settings</source>
            <translation>설정 가져오기</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>가져오지 않음</translation>
        </message>
        <message>
            <source>Import settings?</source>
            <translation>설정을 가져올까요?</translation>
        </message>
        <message>
            <source>Importing changes these settings:

%1</source>
            <translation>가져오면 다음 설정이 바뀝니다:

%1</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <source>Where stored keys would go changes; each of these keys is held back until you confirm it:
%1</source>
            <translation>저장된 키가 전송되는 곳이 바뀝니다. 확인할 때까지 다음 키는 쓰지 않습니다:
%1</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Built-in demo provider</source>
            <translation>내장 데모 제공자</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>새 대화</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>새 대화 시작(Ctrl+N)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Providers, keys, models, network, appearance, language and data (Ctrl+,)</source>
            <translation>제공자, 키, 모델, 네트워크, 모양, 언어, 데이터 (Ctrl+,)</translation>
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
        <name>StreamJob</name>
        <message>
            <source>the JSON reply is larger than %1 bytes</source>
            <translation>JSON 응답이 %1바이트보다 큽니다</translation>
        </message>
        <message>
            <source>the reply is neither an event stream nor valid JSON</source>
            <translation>응답이 이벤트 스트림도, 올바른 JSON도 아닙니다</translation>
        </message>
        <message numerus="yes">
            <source>The provider asks to wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>제공자가 다시 시도하기 전에 %n초 기다려 달라고 합니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoteBar</name>
        <message>
            <source>Which answer is best?</source>
            <translation>어느 답변이 가장 좋나요?</translation>
        </message>
        <message>
            <source>%1 is best</source>
            <translation>%1이(가) 최고</translation>
        </message>
        <message>
            <source>Model %1 wins; the others lose</source>
            <translation>모델 %1이(가) 이기고 나머지는 집니다</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>무승부</translation>
        </message>
        <message>
            <source>As good as each other</source>
            <translation>서로 비슷하게 좋음</translation>
        </message>
        <message>
            <source>All bad</source>
            <translation>모두 별로</translation>
        </message>
        <message>
            <source>None of the answers is good enough</source>
            <translation>충분히 좋은 답변이 없음</translation>
        </message>
    </context>
    <context>
        <name>VoteTallyDialog</name>
        <message>
            <source>Reset votes</source>
            <translation>투표 초기화</translation>
        </message>
        <message>
            <source>Forget every vote of every blind comparison? The conversations stay.</source>
            <translation>모든 블라인드 비교의 투표를 지울까요? 대화는 남습니다.</translation>
        </message>
        <message>
            <source>Blind comparison votes</source>
            <translation>블라인드 비교 투표</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>제공자</translation>
        </message>
        <message>
            <source>Wins</source>
            <translation>승</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>패</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>무</translation>
        </message>
        <message>
            <source>All bad</source>
            <translation>모두 별로</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>승률</translation>
        </message>
        <message>
            <source>No votes yet. Turn on Blind in the comparison window: the answers are labelled A, B, C… until you pick the best one.</source>
            <translation>아직 투표가 없습니다. 비교 창에서 블라인드를 켜면 가장 좋은 답변을 고를 때까지 답변이 A, B, C…로 표시됩니다.</translation>
        </message>
        <message>
            <source>Reset votes…</source>
            <translation>투표 초기화…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Parley, a native chat client for streaming LLM APIs.</source>
            <translation>Parley, 스트리밍 LLM API를 위한 네이티브 채팅 클라이언트.</translation>
        </message>
        <message>
            <source>Start a new chat with this message.</source>
            <translation>이 메시지로 새 대화를 시작합니다.</translation>
        </message>
        <message>
            <source>The model to use.</source>
            <translation>사용할 모델.</translation>
        </message>
        <message>
            <source>Parley is already running; switched to its window.
</source>
            <translation>Parley가 이미 실행 중이라 그 창으로 전환했습니다.
</translation>
        </message>
        <message>
            <source> This session is kept in memory only.</source>
            <translation> 이번 세션은 메모리에만 보관됩니다.</translation>
        </message>
        <message>
            <source> The built-in demo provider could not start: %1</source>
            <translation> 내장 데모 제공자를 시작할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Open the comparison window with these lanes (MODEL[@PROFILE],MODEL[@PROFILE],...) and send --prompt to all of them.</source>
            <translation>이 레인들(MODEL[@PROFILE],MODEL[@PROFILE],...)로 비교 창을 열고 --prompt를 모두에게 보냅니다.</translation>
        </message>
        <message>
            <source>With --compare: a blind comparison, the models hidden behind A, B, C… until you vote.</source>
            <translation>--compare와 함께: 블라인드 비교. 투표할 때까지 모델을 A, B, C…로 가립니다.</translation>
        </message>
    </context>
</TS>
