// kernel k129b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t995: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t998: array<f32>;
@group(0) @binding(4) var<storage, read> t333: array<f32>;
@group(0) @binding(5) var<storage, read> t736: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1181: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k129b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_blocks_0_mlp_fc_b[i];
  let x995: f32 = t995[i];
  let l996: f32 = t745[0i];
  let v997: f32 = x995 * l996;
  let v998: f32 = l11 - v997;
  t998[i] = v998;
  let l334: f32 = t333[i];
  let l975: f32 = t736[0i];
  let v1181: f32 = l334 * l975;
  t1181[i] = v1181;
}
