// kernel k20_copy (compiler/std/attention.loom:19:9)
@group(0) @binding(0) var<storage, read> t133: array<f32>;
@group(0) @binding(1) var<storage, read_write> t135: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l135: f32 = t133[i / 1024i * 16i + i / 16i % 64i * 32i + i % 16i];
  t135[i] = l135;
}
