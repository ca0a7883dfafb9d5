// kernel k47_ew (compiler/std/moe.loom:157:22)
@group(0) @binding(0) var<storage, read> t259: array<f32>;
@group(0) @binding(1) var<storage, read> t264: array<f32>;
@group(0) @binding(2) var<storage, read_write> t270: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l268: f32 = t259[i / 8i];
  let l269: f32 = t264[i / 64i * 8i + i % 8i];
  let v270: f32 = l268 + l269;
  t270[i] = v270;
}
