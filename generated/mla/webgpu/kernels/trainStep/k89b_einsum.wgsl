// kernel k89b_einsum
@group(0) @binding(0) var<storage, read> t483: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t146: array<f32>;
@group(0) @binding(3) var<storage, read> t151: array<f32>;
@group(0) @binding(4) var<storage, read> t150: array<f32>;
@group(0) @binding(5) var<storage, read> t148: array<f32>;
@group(0) @binding(6) var<storage, read_write> t490: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x483: f32 = t483[i];
  let x479: f32 = t479[i];
  let l146: f32 = t146[i];
  let v484: f32 = x479 * l146;
  let l151: f32 = t151[i];
  let v485: f32 = v484 * l151;
  let l150: f32 = t150[i];
  let v486: f32 = v485 / l150;
  let v487: f32 = -v486;
  let l148: f32 = t148[i];
  let v488: f32 = v487 * l148;
  let v489: f32 = -v488;
  let v490: f32 = x483 + v489;
  t490[i] = v490;
}
