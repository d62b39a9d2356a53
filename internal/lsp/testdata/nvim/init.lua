-- Drives Neovim's built-in LSP client against "apologylint lsp" for TestNeovim. It opens a
-- draft, waits for diagnostics, edits the buffer (so that Neovim sends incremental changes),
-- applies the code action that suppresses a finding, shuts the server down, and writes what it
-- saw to $OUT as JSON. The Go test compares it with the command line's findings.
--
-- Environment: APOLOGYLINT (the binary), DRAFT (the file to open), ENCODING (the position
-- encoding to offer), OUT (the JSON result) and OUT_DIR (where the edited texts go).

local result = { stages = {} }

local function fail(msg)
  result.error = tostring(msg)
  vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('OUT'))
  vim.cmd('cquit 1')
end

-- published[version] is set when diagnostics for that version arrive.
local published = {}
local original = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
  original(err, res, ctx, config)
  if res and res.version then
    published[res.version] = true
  end
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('DRAFT')))
  local buf = vim.api.nvim_get_current_buf()
  local exit = nil
  local config = {
    name = 'apologylint',
    cmd = { os.getenv('APOLOGYLINT'), 'lsp' },
    root_dir = vim.fn.getcwd(),
    -- Offer one encoding. Neovim before 0.10 neither offers nor reads one, so do both here.
    before_init = function(params)
      params.capabilities.general = params.capabilities.general or {}
      params.capabilities.general.positionEncodings = { os.getenv('ENCODING') }
    end,
    on_init = function(client, res)
      if res.capabilities.positionEncoding then
        client.offset_encoding = res.capabilities.positionEncoding
      end
    end,
    on_exit = function(code, signal)
      exit = { code = code, signal = signal }
    end,
  }
  local id
  if vim.lsp.start then
    id = vim.lsp.start(config)
  else
    id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, id)
  end
  if not id then
    return fail('the client did not start')
  end

  -- wait_for waits until the server has published diagnostics for the buffer as it is now.
  -- After a change, Neovim numbers the version with the buffer's changedtick; at open, with
  -- 0 before Neovim 0.10 and with the changedtick after.
  local function wait_for(what, any)
    local version = vim.api.nvim_buf_get_changedtick(buf)
    local function seen()
      return published[version] or (any and next(published) ~= nil)
    end
    if not vim.wait(15000, seen, 20) then
      error('no diagnostics for version ' .. version .. ' ' .. what)
    end
  end

  -- record keeps what Neovim made of the diagnostics, in its own byte columns, with the text
  -- they are about.
  local function record(name)
    local diags = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(diags, {
        code = d.code, source = d.source, severity = d.severity, message = d.message,
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      })
    end
    local file = os.getenv('OUT_DIR') .. '/' .. name .. '.md'
    vim.fn.writefile(vim.api.nvim_buf_get_lines(buf, 0, -1, false), file)
    table.insert(result.stages, { name = name, file = file, diagnostics = diags })
  end

  wait_for('after opening', true)
  local client = vim.lsp.get_client_by_id(id)
  result.encoding = client.offset_encoding
  record('open')

  -- Edit after an emoji, before a finding on the same line, and replace a phrase that ends with
  -- an emoji: Neovim sends both as incremental changes in the agreed encoding.
  local line = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
  local _, pray = line:find('🙏', 1, true)
  vim.api.nvim_buf_set_text(buf, 4, pray, 4, pray, { ' 🎉 really' })
  line = vim.api.nvim_buf_get_lines(buf, 8, 9, false)[1]
  local from, to = line:find('any inconvenience 🙇', 1, true)
  vim.api.nvim_buf_set_text(buf, 8, from - 1, 8, to, { 'the parcel 📦 we lost' })
  wait_for('after editing')
  record('edit')

  -- Ask for code actions the way vim.lsp.buf.code_action does: the cursor at the start of the
  -- line and the line's diagnostics.
  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'non-apology' then
      target = d
    end
  end
  if not target then
    error('no non-apology diagnostic to act on')
  end
  -- As Neovim 0.7 does, the diagnostic goes back with Neovim's byte columns.
  local lspd = {
    range = {
      start = { line = target.lnum, character = target.col },
      ['end'] = { line = target.end_lnum, character = target.end_col },
    },
    code = target.code, source = target.source, severity = target.severity, message = target.message,
  }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = target.lnum, character = 0 }, ['end'] = { line = target.lnum, character = 0 } },
    context = { diagnostics = { lspd } },
  }
  local response = client.request_sync('textDocument/codeAction', params, 5000, buf)
  if not response or response.err then
    error('codeAction failed: ' .. vim.inspect(response))
  end
  result.actions = {}
  local suppress
  for _, a in ipairs(response.result) do
    table.insert(result.actions, a.title)
    if a.title == 'Suppress non-apology on this line' then
      suppress = a
    end
  end
  if not suppress then
    error('no action to suppress non-apology: ' .. vim.inspect(result.actions))
  end
  vim.lsp.util.apply_workspace_edit(suppress.edit, client.offset_encoding)
  wait_for('after the code action')
  record('suppressed')

  vim.lsp.stop_client(id)
  if not vim.wait(5000, function() return exit ~= nil end, 20) then
    error('the server did not exit')
  end
  result.exit = exit
end

local ok, err = pcall(run)
if not ok then
  return fail(err)
end
vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('OUT'))
vim.cmd('qa!')
