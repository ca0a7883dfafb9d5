// kernel k34b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t203: array<f32>;
@group(0) @binding(3) var<storage, read> t241: array<f32>;
@group(0) @binding(4) var<storage, read_write> t245: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l201: f32 = t201[i];
  let l239: f32 = p_blocks_1_att_mix_r[i % 64i];
  let v240: f32 = l201 * l239;
  let l205: f32 = t203[i];
  let l243: f32 = t241[i % 64i];
  let v244: f32 = l205 * l243;
  let v245: f32 = v240 + v244;
  t245[i] = v245;
}
