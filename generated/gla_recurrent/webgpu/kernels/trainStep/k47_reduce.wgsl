// kernel k47_reduce
@group(0) @binding(0) var<storage, read> t285: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(2) var<storage, read> t145: array<f32>;
@group(0) @binding(3) var<storage, read> t153: array<f32>;
@group(0) @binding(4) var<storage, read_write> t315: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k47_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l287: f32 = t285[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l157: f32 = p_layers_1_attn_norm_g_1[col];
    let v299: f32 = l287 * l157;
    let l148: f32 = t145[row / 64i * 16i + row % 64i * 1024i + col];
    let v304: f32 = v299 * l148;
    acc0_0 += v304;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  for (var col_1: i32 = lid; col_1 < 16i; col_1 += 16i) {
    let l287_1: f32 = t285[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col_1];
    let l157_1: f32 = p_layers_1_attn_norm_g_1[col_1];
    let v299_1: f32 = l287_1 * l157_1;
    let l154: f32 = t153[row];
    let v303: f32 = v299_1 * l154;
    let l153: f32 = t153[row];
    let v306: f32 = l153 * l153;
    let v307: f32 = l153 * v306;
    let v309: f32 = v307 * -0.5f;
    let v310: f32 = r0_0 * v309;
    let v311: f32 = v310 * 0.0625f;
    let l148_1: f32 = t145[row / 64i * 16i + row % 64i * 1024i + col_1];
    let v313: f32 = v311 * l148_1;
    let v314: f32 = v303 + v313;
    let v315: f32 = v314 + v313;
    t315[row * 16i + col_1] = v315;
  }
}
