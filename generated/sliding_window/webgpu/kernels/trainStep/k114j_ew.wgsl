// kernel k114j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t948: array<f32>;
@group(0) @binding(3) var<storage, read> t955: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t959: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l803: f32 = t619[0i];
  let v956: f32 = l17 * l803;
  let x948: f32 = t948[i];
  let x955: f32 = t955[i];
  let v957: f32 = x948 / x955;
  let l806: f32 = t593[0i];
  let v958: f32 = v957 * l806;
  let v959: f32 = v956 - v958;
  t959[i] = v959;
}
