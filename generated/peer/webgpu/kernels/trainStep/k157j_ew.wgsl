// kernel k157j_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1025: array<f32>;
@group(0) @binding(3) var<storage, read> t1032: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1036: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_blocks_0_attn_wo_w[i];
  let l872: f32 = t843[0i];
  let v1033: f32 = l10 * l872;
  let x1025: f32 = t1025[i];
  let x1032: f32 = t1032[i];
  let v1034: f32 = x1025 / x1032;
  let l875: f32 = t817[0i];
  let v1035: f32 = v1034 * l875;
  let v1036: f32 = v1033 - v1035;
  t1036[i] = v1036;
}
