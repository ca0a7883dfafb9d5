// kernel k160d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_keys2: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1146: array<f32>;
@group(0) @binding(3) var<storage, read> t1153: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1157: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_blocks_0_ffn_keys2[i];
  let l1134: f32 = t843[0i];
  let v1154: f32 = l16 * l1134;
  let x1146: f32 = t1146[i];
  let x1153: f32 = t1153[i];
  let v1155: f32 = x1146 / x1153;
  let l1138: f32 = t817[0i];
  let v1156: f32 = v1155 * l1138;
  let v1157: f32 = v1154 - v1156;
  t1157[i] = v1157;
}
