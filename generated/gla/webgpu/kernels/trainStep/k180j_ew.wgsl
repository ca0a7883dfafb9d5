// kernel k180j_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1151: array<f32>;
@group(0) @binding(3) var<storage, read> t1158: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1162: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_attn_wo_w[i];
  let l981: f32 = t925[0i];
  let v1159: f32 = l11 * l981;
  let x1151: f32 = t1151[i];
  let x1158: f32 = t1158[i];
  let v1160: f32 = x1151 / x1158;
  let l984: f32 = t899[0i];
  let v1161: f32 = v1160 * l984;
  let v1162: f32 = v1159 - v1161;
  t1162[i] = v1162;
}
