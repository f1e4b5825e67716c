-- Headless Neovim probe for the Newsmark language server (Neovim 0.7+, no plugins).
-- Starts `node <server> --stdio` with Neovim's built-in LSP client, attaches it to the buffer
-- Neovim was opened with, asks for hover, document symbols and semantic tokens, writes every
-- response as JSON to $NEWSMARK_OUT and quits. The Node test (neovim.e2e.ts) asserts on that file;
-- this script only records what the server answered, so nothing here can make a check pass.
--
-- Environment: NEWSMARK_SERVER (path of dist/server.js), NEWSMARK_OUT (JSON output path),
-- NEWSMARK_HOVERS ("line:character,line:character", zero-based, UTF-16 like LSP),
-- NEWSMARK_LANGUAGE_ID (languageId sent in didOpen; defaults to "plaintext").

local out_path = assert(os.getenv('NEWSMARK_OUT'), 'NEWSMARK_OUT is not set')
local record = { hovers = {}, errors = {}, messages = {} }

local function write_and_quit()
  local file = io.open(out_path, 'w')
  file:write(vim.json.encode(record))
  file:close()
  vim.cmd('qall!')
end

local function fail(message)
  table.insert(record.errors, message)
end

local ok, err = pcall(function()
  local server = assert(os.getenv('NEWSMARK_SERVER'), 'NEWSMARK_SERVER is not set')
  local language_id = os.getenv('NEWSMARK_LANGUAGE_ID') or 'plaintext'
  local bufnr = vim.api.nvim_get_current_buf()
  local started = vim.loop.hrtime()

  local client_id = vim.lsp.start_client({
    name = 'newsmark',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
    -- Neovim would send the filetype ("text"); the server analyses plaintext, markdown and news.
    get_language_id = function()
      return language_id
    end,
    handlers = {
      -- Keep the server's log and status messages; the test fails on any error-level message.
      ['window/logMessage'] = function(_, result)
        table.insert(record.messages, { type = result.type, message = result.message })
      end,
      ['window/showMessage'] = function(_, result)
        table.insert(record.messages, { type = result.type, message = result.message })
      end,
    },
    on_exit = function(code, signal)
      record.server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then
    fail('vim.lsp.start_client returned nil')
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local initialized = vim.wait(20000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 20)
  if not initialized then
    fail('the server did not finish initialize within 20 s')
    return
  end
  record.initialize_ms = (vim.loop.hrtime() - started) / 1e6

  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, params)
    local responses, request_err = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
    if not responses then
      fail(method .. ': ' .. tostring(request_err))
      return nil
    end
    local response = responses[client_id]
    if not response then
      fail(method .. ': no response from the newsmark client')
      return nil
    end
    if response.err then
      fail(method .. ': ' .. vim.inspect(response.err))
      return nil
    end
    return response.result
  end

  for spec in string.gmatch(os.getenv('NEWSMARK_HOVERS') or '', '[^,]+') do
    local line, character = spec:match('^(%d+):(%d+)$')
    local position = { line = tonumber(line), character = tonumber(character) }
    local result = request('textDocument/hover', { textDocument = { uri = uri }, position = position })
    table.insert(record.hovers, { position = position, result = result or vim.NIL })
  end
  record.symbols = request('textDocument/documentSymbol', { textDocument = { uri = uri } }) or vim.NIL
  -- Neovim 0.7 has no semantic-token support, but the raw request shows what the server sends.
  record.semantic_tokens = request('textDocument/semanticTokens/full', { textDocument = { uri = uri } })
    or vim.NIL
  local capabilities = vim.lsp.get_client_by_id(client_id).server_capabilities
  record.legend = capabilities.semanticTokensProvider and capabilities.semanticTokensProvider.legend or vim.NIL
  record.elapsed_ms = (vim.loop.hrtime() - started) / 1e6
  vim.lsp.stop_client(client_id)
end)

if not ok then
  fail('neovim-probe.lua: ' .. tostring(err))
end
write_and_quit()
