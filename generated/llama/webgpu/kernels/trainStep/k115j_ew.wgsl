// kernel k115j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t941: array<f32>;
@group(0) @binding(3) var<storage, read> t948: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t952: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l796: f32 = t621[0i];
  let v949: f32 = l17 * l796;
  let x941: f32 = t941[i];
  let x948: f32 = t948[i];
  let v950: f32 = x941 / x948;
  let l799: f32 = t595[0i];
  let v951: f32 = v950 * l799;
  let v952: f32 = v949 - v951;
  t952[i] = v952;
}
