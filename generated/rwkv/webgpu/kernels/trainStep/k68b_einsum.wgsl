// kernel k68b_einsum
@group(0) @binding(0) var<storage, read> t419: array<f32>;
@group(0) @binding(1) var<storage, read> t458: array<f32>;
@group(0) @binding(2) var<storage, read> t467: array<f32>;
@group(0) @binding(3) var<storage, read> t191: array<f32>;
@group(0) @binding(4) var<storage, read_write> t480: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k68b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x419: f32 = t419[i];
  let x458: f32 = t458[i];
  let v479: f32 = x419 + x458;
  let l467: f32 = t467[i];
  let l193: f32 = t191[i % 64i];
  let v469: f32 = l467 * l193;
  let v480: f32 = v479 + v469;
  t480[i] = v480;
}
