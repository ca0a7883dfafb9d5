// kernel k68b_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t280: array<f32>;
@group(0) @binding(1) var<storage, read> t369: array<f32>;
@group(0) @binding(2) var<storage, read> t384: array<f32>;
@group(0) @binding(3) var<storage, read_write> t387: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k68b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l280: f32 = t280[i];
    let x369: f32 = t369[i];
    let l384: f32 = t384[i];
    let v385: f32 = x369 + l384;
    let v387: f32 = l280 + v385;
    t387[i] = v387;
  }
}
