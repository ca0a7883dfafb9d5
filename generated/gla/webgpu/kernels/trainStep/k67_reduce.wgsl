// kernel k67_reduce
@group(0) @binding(0) var<storage, read> t396: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(2) var<storage, read> t251: array<f32>;
@group(0) @binding(3) var<storage, read> t257: array<f32>;
@group(0) @binding(4) var<storage, read_write> t427: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k67_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l398: f32 = t396[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l261: f32 = p_layers_1_attn_norm_g_1[col];
    let v411: f32 = l398 * l261;
    let l252: f32 = t251[row * 16i + col];
    let v416: f32 = v411 * l252;
    acc0_0 += v416;
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
    let l398_1: f32 = t396[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col_1];
    let l261_1: f32 = p_layers_1_attn_norm_g_1[col_1];
    let v411_1: f32 = l398_1 * l261_1;
    let l258: f32 = t257[row];
    let v415: f32 = v411_1 * l258;
    let l257: f32 = t257[row];
    let v418: f32 = l257 * l257;
    let v419: f32 = l257 * v418;
    let v421: f32 = v419 * -0.5f;
    let v422: f32 = r0_0 * v421;
    let v423: f32 = v422 * 0.0625f;
    let l252_1: f32 = t251[row * 16i + col_1];
    let v425: f32 = v423 * l252_1;
    let v426: f32 = v415 + v425;
    let v427: f32 = v426 + v425;
    t427[row * 16i + col_1] = v427;
  }
}
