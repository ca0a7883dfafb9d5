// kernel k115b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t758: array<f32>;
@group(0) @binding(3) var<storage, read> t769: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t775: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l770: f32 = t621[0i];
  let v771: f32 = l7 * l770;
  let x758: f32 = t758[i];
  let x769: f32 = t769[i];
  let v772: f32 = x758 / x769;
  let l773: f32 = t595[0i];
  let v774: f32 = v772 * l773;
  let v775: f32 = v771 - v774;
  t775[i] = v775;
}
