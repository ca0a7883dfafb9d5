// kernel k71b_reduce
@group(0) @binding(0) var<storage, read> t509: array<f32>;
@group(0) @binding(1) var<storage, read> t163: array<f32>;
@group(0) @binding(2) var<storage, read_write> t511: array<f32>;
@group(0) @binding(3) var<storage, read> t510: array<f32>;
@group(0) @binding(4) var<storage, read_write> t517: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k71b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x509: f32 = t509[row * 64i + col];
    let l163: f32 = t163[row * 64i + col];
    let v511: f32 = x509 * l163;
    t511[row * 64i + col] = v511;
    let x510: f32 = t510[row * 64i + col];
    let v515: f32 = 1.0f - l163;
    let v516: f32 = l163 * v515;
    let v517: f32 = x510 * v516;
    t517[row * 64i + col] = v517;
  }
}
