// kernel k29a_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t219: array<f32>;
@group(0) @binding(1) var<storage, read_write> t226: array<f32>;
@group(0) @binding(2) var<storage, read> p_mtp_blocks_0_attn_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t229: array<f32>;
@group(0) @binding(4) var<storage, read> p_mtp_blocks_1_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t293: array<f32>;
@group(0) @binding(6) var<storage, read_write> t224: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k29a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l219: f32 = t219[row * 64i + col];
    let v220: f32 = l219 * l219;
    acc0_0 += v220;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l219_1: f32 = t219[row * 64i + col_1];
    let v222: f32 = r0_0 * 0.015625f;
    let v223: f32 = v222 + 0.00001f;
    let v224: f32 = inverseSqrt(v223);
    let v226: f32 = l219_1 * v224;
    t226[row * 64i + col_1] = v226;
    let l228: f32 = p_mtp_blocks_0_attn_norm_g[col_1];
    let v229: f32 = v226 * l228;
    t229[row * 64i + col_1] = v229;
    let l292: f32 = p_mtp_blocks_1_attn_norm_g[col_1];
    let v293: f32 = v226 * l292;
    t293[row * 64i + col_1] = v293;
  }
  if (lid == 0i) {
    let v222_1: f32 = r0_0 * 0.015625f;
    let v223_1: f32 = v222_1 + 0.00001f;
    let v224_1: f32 = inverseSqrt(v223_1);
    t224[row] = v224_1;
  }
}
