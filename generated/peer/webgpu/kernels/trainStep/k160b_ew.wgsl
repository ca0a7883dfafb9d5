// kernel k160b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_keys1: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1120: array<f32>;
@group(0) @binding(3) var<storage, read> t1132: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1140: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_blocks_0_ffn_keys1[i];
  let l1134: f32 = t843[0i];
  let v1135: f32 = l15 * l1134;
  let x1120: f32 = t1120[i];
  let x1132: f32 = t1132[i];
  let v1136: f32 = x1120 / x1132;
  let l1138: f32 = t817[0i];
  let v1139: f32 = v1136 * l1138;
  let v1140: f32 = v1135 - v1139;
  t1140[i] = v1140;
}
