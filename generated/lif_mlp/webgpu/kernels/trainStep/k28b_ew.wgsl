// kernel k28b_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t827: array<f32>;
@group(0) @binding(2) var<storage, read> t939: array<f32>;
@group(0) @binding(3) var<storage, read> t950: array<f32>;
@group(0) @binding(4) var<storage, read> t801: array<f32>;
@group(0) @binding(5) var<storage, read_write> t956: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_head_w[i];
  let l951: f32 = t827[0i];
  let v952: f32 = l5 * l951;
  let x939: f32 = t939[i];
  let x950: f32 = t950[i];
  let v953: f32 = x939 / x950;
  let l954: f32 = t801[0i];
  let v955: f32 = v953 * l954;
  let v956: f32 = v952 - v955;
  t956[i] = v956;
}
