// kernel k38b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t225: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t227: array<f32>;
@group(0) @binding(3) var<storage, read> t265: array<f32>;
@group(0) @binding(4) var<storage, read_write> t269: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k38b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l225: f32 = t225[i];
  let l263: f32 = p_blocks_1_att_mix_r[i % 64i];
  let v264: f32 = l225 * l263;
  let l229: f32 = t227[i];
  let l267: f32 = t265[i % 64i];
  let v268: f32 = l229 * l267;
  let v269: f32 = v264 + v268;
  t269[i] = v269;
}
