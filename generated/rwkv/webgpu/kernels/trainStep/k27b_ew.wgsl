// kernel k27b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t184: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t185: array<f32>;
@group(0) @binding(3) var<storage, read> t213: array<f32>;
@group(0) @binding(4) var<storage, read_write> t217: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l184: f32 = t184[i];
  let l211: f32 = p_blocks_1_att_mix_r[i % 64i];
  let v212: f32 = l184 * l211;
  let l186: f32 = t185[i / 4096i * 4160i + i % 4096i];
  let l215: f32 = t213[i % 64i];
  let v216: f32 = l186 * l215;
  let v217: f32 = v212 + v216;
  t217[i] = v217;
}
