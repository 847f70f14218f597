-- Headless Neovim (0.7+) as an independent LSP client of mudaqqiq-language-server, with no plugins and no
-- lspconfig: opens the fixture, starts the server with vim.lsp.start_client, and writes what it saw as
-- JSON to $MUDAQQIQ_OUT: the diagnostics, the document symbols, the preferred quick fix at the first
-- tatweel finding, the buffer after applying it, the diagnostics after the server re-checked, and the
-- buffer after renaming the minister (textDocument/rename).
-- Every wait is bounded; on any failure the error goes into the JSON and Neovim quits.
local out_path = assert(os.getenv('MUDAQQIQ_OUT'), 'MUDAQQIQ_OUT not set')
local result = { steps = {} }

local function step(name)
  table.insert(result.steps, name)
end

local function finish()
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local function simplify(diagnostics)
  local out = {}
  for _, d in ipairs(diagnostics) do
    table.insert(out, { lnum = d.lnum, col = d.col, end_col = d.end_col, code = d.code, source = d.source, severity = d.severity, message = d.message })
  end
  table.sort(out, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return out
end

local function tatweel(diagnostics)
  local out = {}
  for _, d in ipairs(diagnostics) do
    if d.code == 'tatweel' then table.insert(out, d) end
  end
  table.sort(out, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return out
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('MUDAQQIQ_FIXTURE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local initialized = false
  local client_id = vim.lsp.start_client({
    name = 'mudaqqiq',
    cmd = { os.getenv('MUDAQQIQ_NODE') or 'node', os.getenv('MUDAQQIQ_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(os.getenv('MUDAQQIQ_FIXTURE'), ':h'),
    get_language_id = function() return 'arabic-news' end,
    on_init = function() initialized = true end,
  })
  assert(client_id, 'start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(10000, function() return initialized end, 20), 'server did not initialize')
  step('initialized')
  local client = vim.lsp.get_client_by_id(client_id)

  assert(vim.wait(10000, function() return #tatweel(vim.diagnostic.get(bufnr)) > 0 end, 20), 'no diagnostics')
  local diagnostics = vim.diagnostic.get(bufnr)
  result.diagnostics = simplify(diagnostics)
  step('diagnostics')

  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, 5000, bufnr)
  assert(symbols and symbols.result, 'no document symbols: ' .. vim.inspect(symbols))
  result.symbols = symbols.result
  step('symbols')

  -- Put the cursor on the first tatweel finding and ask for code actions there, as a user would.
  local first = tatweel(diagnostics)[1]
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, first.lnum) }
  local actions = client.request_sync('textDocument/codeAction', params, 5000, bufnr)
  assert(actions and actions.result, 'no code actions: ' .. vim.inspect(actions))
  result.actions = {}
  local preferred
  for _, action in ipairs(actions.result) do
    table.insert(result.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred or false })
    if action.isPreferred and not preferred then preferred = action end
  end
  assert(preferred, 'no preferred quick fix')
  step('actions')

  local changedtick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  assert(vim.api.nvim_buf_get_changedtick(bufnr) ~= changedtick, 'the quick fix changed nothing')
  result.after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  step('applied')

  local before = #tatweel(diagnostics)
  assert(vim.wait(10000, function() return #tatweel(vim.diagnostic.get(bufnr)) == before - 1 end, 20), 'no fresh diagnostics after the fix')
  result.diagnosticsAfter = simplify(vim.diagnostic.get(bufnr))
  step('rechecked')

  -- Rename the minister from his mention, as :lua vim.lsp.buf.rename() does.
  local line = vim.fn.search('سالم الراشد', 'w')
  assert(line > 0, 'the minister is not in the buffer')
  local col = vim.fn.col('.') - 1
  local rename_params = vim.lsp.util.make_position_params()
  rename_params.position = { line = line - 1, character = vim.str_utfindex(vim.api.nvim_buf_get_lines(bufnr, line - 1, line, false)[1], col) }
  rename_params.newName = 'سالم الراشدي'
  local renamed = client.request_sync('textDocument/rename', rename_params, 5000, bufnr)
  assert(renamed and renamed.result, 'no rename edit: ' .. vim.inspect(renamed))
  vim.lsp.util.apply_workspace_edit(renamed.result, client.offset_encoding)
  result.renamed = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  step('renamed')

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
end)

if not ok then result.error = tostring(err) end
finish()
