// kernel k15_ew (compiler/std/moe.loom:157:22)
@group(0) @binding(0) var<storage, read> t109: array<f32>;
@group(0) @binding(1) var<storage, read> t114: array<f32>;
@group(0) @binding(2) var<storage, read_write> t120: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l118: f32 = t109[i / 8i];
  let l119: f32 = t114[i / 64i * 8i + i % 8i];
  let v120: f32 = l118 + l119;
  t120[i] = v120;
}
