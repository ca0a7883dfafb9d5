// kernel k204b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1094: array<f32>;
@group(0) @binding(3) var<storage, read> t1105: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1111: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l1106: f32 = t1024[0i];
  let v1107: f32 = l3 * l1106;
  let x1094: f32 = t1094[i];
  let x1105: f32 = t1105[i];
  let v1108: f32 = x1094 / x1105;
  let l1109: f32 = t998[0i];
  let v1110: f32 = v1108 * l1109;
  let v1111: f32 = v1107 - v1110;
  t1111[i] = v1111;
}
