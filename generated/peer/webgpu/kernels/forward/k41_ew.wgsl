// kernel k41_ew (compiler/std/moe.loom:157:22)
@group(0) @binding(0) var<storage, read> t227: array<f32>;
@group(0) @binding(1) var<storage, read> t232: array<f32>;
@group(0) @binding(2) var<storage, read_write> t238: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k41_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l236: f32 = t227[i / 8i];
  let l237: f32 = t232[i / 64i * 8i + i % 8i];
  let v238: f32 = l236 + l237;
  t238[i] = v238;
}
