// 平台用户 (operators): the operators and department reviewers — 新增 (the
// `staff create` command in the UI), 重置密码, 停用 / 启用 with a reason.
// The server applies the account rules (username, phone, password policy
// and history); the form checks the same as the user types. 批量导入 brings
// in staff, or experts into certified providers, from an Excel template.
import { ref, reactive, computed, onMounted } from 'vue'
import { ElMessage } from 'element-plus'
import { serverErrors } from '../api.js'
import { session } from '../store.js'
import { fmtDate, passwordChecks, PHONE_RE, USERNAME_RE } from '../util.js'
import ImportDialog from '../components/ImportDialog.js'
import { useList, consoleMeta, createStaff, resetStaffPassword, setUsersDisabled, useConsoleStyles, PAGER, PAGE_SIZES } from '../consoleApi.js'

export default {
  name: 'ConsoleStaffPage',
  components: { ImportDialog },
  setup() {
    useConsoleStyles()
    const me = computed(() => session.user?.id)
    const roles = ref([])
    const list = useList('console/staff', { q: '', role: '', disabled: '' })
    onMounted(async () => {
      list.load()
      roles.value = (await consoleMeta().catch(() => ({}))).staff_roles || []
    })

    const pwRule = (model) => ({
      validator: (_r, v, cb) => {
        const bad = passwordChecks(v, model.username, model.phone).find((c) => !c.ok)
        cb(bad ? new Error(`密码需满足：${bad.text}`) : undefined)
      },
      trigger: 'blur',
    })
    const confirmRule = (model) => ({ validator: (_r, v, cb) => cb(v !== model.password ? new Error('两次输入的密码不一致') : undefined), trigger: 'blur' })

    // 新增
    const add = reactive({ open: false, busy: false, model: {} })
    const addForm = ref(null)
    const addErr = serverErrors()
    const openAdd = () => {
      add.model = { role: 'operator', username: '', name: '', phone: '', email: '', password: '', passwordConfirm: '' }
      addErr.clear()
      add.open = true
    }
    const addRules = computed(() => ({
      role: [{ required: true, message: '请选择角色', trigger: 'change' }],
      username: [{ required: true, message: '请输入用户名', trigger: 'blur' }, { pattern: USERNAME_RE, message: '用户名为6-30个字符，只能包含字母、数字、下划线', trigger: 'blur' }],
      name: [{ required: true, message: '请填写姓名', trigger: 'blur' }],
      phone: [{ required: true, message: '请输入手机号', trigger: 'blur' }, { pattern: PHONE_RE, message: '手机号格式不正确', trigger: 'blur' }],
      email: [{ type: 'email', message: '邮箱格式不正确', trigger: 'blur' }],
      password: [{ required: true, message: '请输入密码', trigger: 'blur' }, pwRule(add.model)],
      passwordConfirm: [{ required: true, message: '请再次输入密码', trigger: 'blur' }, confirmRule(add.model)],
    }))
    const submitAdd = async () => {
      if (!(await addForm.value.validate().catch(() => false))) return
      add.busy = true
      try {
        await createStaff(add.model)
        ElMessage.success('新增成功')
        add.open = false
        list.load()
      } catch (e) {
        ElMessage.error(addErr.apply(e, '新增失败'))
      } finally {
        add.busy = false
      }
    }

    // 重置密码
    const rp = reactive({ open: false, busy: false, row: null, model: {} })
    const rpForm = ref(null)
    const rpErr = serverErrors()
    const openReset = (row) => {
      rp.row = row
      rp.model = { username: row.username, phone: row.phone, password: '', passwordConfirm: '' }
      rpErr.clear()
      rp.open = true
    }
    const rpRules = computed(() => ({
      password: [{ required: true, message: '请输入新密码', trigger: 'blur' }, pwRule(rp.model)],
      passwordConfirm: [{ required: true, message: '请再次输入新密码', trigger: 'blur' }, confirmRule(rp.model)],
    }))
    const submitReset = async () => {
      if (!(await rpForm.value.validate().catch(() => false))) return
      rp.busy = true
      try {
        await resetStaffPassword(rp.row.id, rp.model.password, rp.model.passwordConfirm)
        ElMessage.success('密码已重置，已通知该用户')
        rp.open = false
      } catch (e) {
        ElMessage.error(rpErr.apply(e, '重置失败'))
      } finally {
        rp.busy = false
      }
    }

    // 停用 / 启用
    const dis = reactive({ open: false, busy: false, rows: [], disable: true, reason: '' })
    const ask = (rows, disable) => {
      const todo = rows.filter((r) => r.disabled !== disable && r.id !== me.value)
      if (!todo.length) {
        ElMessage.info(disable ? '没有可停用的帐号（不能停用自己）' : '所选帐号均未停用')
        return
      }
      Object.assign(dis, { open: true, busy: false, rows: todo, disable, reason: '' })
    }
    const submitDisable = async () => {
      if (dis.disable && !dis.reason.trim()) {
        ElMessage.error('请填写停用原因')
        return
      }
      dis.busy = true
      try {
        const res = await setUsersDisabled(dis.rows.map((r) => r.id), dis.disable, dis.reason)
        ElMessage.success(`已${dis.disable ? '停用' : '启用'} ${res.count} 个帐号`)
        dis.open = false
        list.load()
      } catch (e) {
        ElMessage.error(serverErrors().apply(e))
      } finally {
        dis.busy = false
      }
    }
    return { me, roles, ...list, add, addForm, addErr, openAdd, addRules, submitAdd, rp, rpForm, rpErr, openReset, rpRules, submitReset, dis, ask, submitDisable, fmtDate, passwordChecks, PAGER, PAGE_SIZES }
  },
  template: `
  <div data-test="console-staff">
    <div class="console-search">
      <el-form :model="filters" inline @submit.prevent="search">
        <el-form-item label="关键字"><el-input v-model="filters.q" placeholder="用户名 / 姓名 / 手机号" clearable style="width:200px" @keyup.enter="search" /></el-form-item>
        <el-form-item label="角色"><el-select v-model="filters.role" placeholder="全部" clearable style="width:130px"><el-option v-for="o in roles" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="状态"><el-select v-model="filters.disabled" placeholder="全部" clearable style="width:100px"><el-option value="0" label="正常" /><el-option value="1" label="已停用" /></el-select></el-form-item>
        <el-form-item>
          <el-button type="primary" @click="search"><el-icon style="margin-right:4px"><icon-search /></el-icon>搜索</el-button>
          <el-button @click="reset"><el-icon style="margin-right:4px"><icon-refresh /></el-icon>重置</el-button>
        </el-form-item>
      </el-form>
    </div>
    <div class="panel">
      <div class="console-toolbar">
        <el-button type="primary" plain @click="openAdd" data-test="staff-add"><el-icon style="margin-right:4px"><icon-plus /></el-icon>新增</el-button>
        <import-dialog kind="staff" label="批量导入" title="批量导入平台用户" detail-label="角色" @done="load" />
        <import-dialog kind="experts" label="批量导入专家" title="批量导入专家（服务商的专家帐号）" detail-label="所属服务商" />
        <el-button type="danger" plain :disabled="!state.selection.length" @click="ask(state.selection, true)">停用</el-button>
        <el-button type="success" plain :disabled="!state.selection.length" @click="ask(state.selection, false)">启用</el-button>
        <span class="spacer"></span><span class="muted small">共 {{ state.total }} 个帐号</span>
      </div>
      <el-alert v-if="state.error" :title="state.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
      <el-table :data="state.items" v-loading="state.loading" row-key="id" border :default-sort="defaultSort()" @sort-change="onSort" @selection-change="onSelect" empty-text="暂无平台用户" data-test="staff-table">
        <el-table-column type="selection" width="42" :selectable="(row) => row.id !== me" />
        <el-table-column prop="username" label="用户名" min-width="130" sortable="custom" />
        <el-table-column prop="name" label="姓名" min-width="100" sortable="custom" />
        <el-table-column prop="role_label" label="角色" width="100" />
        <el-table-column prop="phone" label="手机号" width="120" />
        <el-table-column prop="email" label="邮箱" min-width="160" show-overflow-tooltip />
        <el-table-column prop="last_login_at" label="最近登录" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.last_login_at) || '—' }}</template></el-table-column>
        <el-table-column prop="created" label="创建时间" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
        <el-table-column label="状态" width="90"><template #default="{row}">
          <el-tooltip v-if="row.disabled" :content="'停用原因：' + row.disabled_reason"><el-tag size="small" type="danger">已停用</el-tag></el-tooltip>
          <el-tag v-else size="small" type="success" effect="plain">正常</el-tag>
        </template></el-table-column>
        <el-table-column label="操作" width="150" fixed="right"><template #default="{row}">
          <template v-if="row.id !== me">
            <el-button link type="primary" @click="openReset(row)">重置密码</el-button>
            <el-button v-if="!row.disabled" link type="danger" @click="ask([row], true)">停用</el-button>
            <el-button v-else link type="success" @click="ask([row], false)">启用</el-button>
          </template>
          <span v-else class="muted small">当前帐号</span>
        </template></el-table-column>
      </el-table>
      <div class="pager"><el-pagination :layout="PAGER" :page-sizes="PAGE_SIZES" :total="state.total" v-model:current-page="state.page" v-model:page-size="state.perPage" @current-change="onPage" @size-change="search" /></div>
    </div>

    <el-dialog v-model="add.open" title="新增平台用户" width="520px" data-test="staff-add-dialog">
      <el-form ref="addForm" :model="add.model" :rules="addRules" label-width="90px">
        <el-form-item label="角色" prop="role" :error="addErr.errors.role"><el-radio-group v-model="add.model.role"><el-radio v-for="o in roles" :key="o.value" :value="o.value">{{ o.label }}</el-radio></el-radio-group></el-form-item>
        <el-form-item label="用户名" prop="username" :error="addErr.errors.username"><el-input v-model="add.model.username" placeholder="6-30 位字母、数字、下划线" data-test="staff-username" /></el-form-item>
        <el-form-item label="姓名" prop="name" :error="addErr.errors.name"><el-input v-model="add.model.name" maxlength="50" data-test="staff-name" /></el-form-item>
        <el-form-item label="手机号" prop="phone" :error="addErr.errors.phone"><el-input v-model="add.model.phone" maxlength="11" data-test="staff-phone" /></el-form-item>
        <el-form-item label="邮箱" prop="email" :error="addErr.errors.email"><el-input v-model="add.model.email" placeholder="可选，用于接收邮件通知" /></el-form-item>
        <el-form-item label="密码" prop="password" :error="addErr.errors.password"><el-input v-model="add.model.password" type="password" show-password data-test="staff-password" /></el-form-item>
        <el-form-item label="确认密码" prop="passwordConfirm" :error="addErr.errors.passwordConfirm"><el-input v-model="add.model.passwordConfirm" type="password" show-password data-test="staff-confirm" /></el-form-item>
        <el-form-item label=" "><ul class="pw-rules"><li v-for="c in passwordChecks(add.model.password, add.model.username, add.model.phone)" :key="c.key" :style="{ color: c.ok ? 'var(--el-color-success)' : '' }">{{ c.ok ? '✓' : '·' }} {{ c.text }}</li></ul></el-form-item>
      </el-form>
      <template #footer><el-button @click="add.open = false">取消</el-button><el-button type="primary" :loading="add.busy" @click="submitAdd" data-test="staff-add-ok">确认</el-button></template>
    </el-dialog>

    <el-dialog v-model="rp.open" :title="'重置密码：' + (rp.row ? rp.row.username : '')" width="480px">
      <el-form ref="rpForm" :model="rp.model" :rules="rpRules" label-width="90px">
        <el-form-item label="新密码" prop="password" :error="rpErr.errors.password"><el-input v-model="rp.model.password" type="password" show-password /></el-form-item>
        <el-form-item label="确认密码" prop="passwordConfirm" :error="rpErr.errors.passwordConfirm"><el-input v-model="rp.model.passwordConfirm" type="password" show-password /></el-form-item>
      </el-form>
      <template #footer><el-button @click="rp.open = false">取消</el-button><el-button type="primary" :loading="rp.busy" @click="submitReset">确认</el-button></template>
    </el-dialog>

    <el-dialog v-model="dis.open" :title="(dis.disable ? '停用' : '启用') + '帐号'" width="460px">
      <p class="muted small" style="margin-top:0">{{ dis.rows.map(r => r.username).join('、') }}</p>
      <el-input v-model="dis.reason" type="textarea" :rows="3" maxlength="500" show-word-limit :placeholder="dis.disable ? '停用原因（必填）' : '启用说明（可选）'" />
      <template #footer><el-button @click="dis.open = false">取消</el-button><el-button :type="dis.disable ? 'danger' : 'primary'" :loading="dis.busy" @click="submitDisable">确认</el-button></template>
    </el-dialog>
  </div>`,
}
